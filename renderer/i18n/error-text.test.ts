import { describe, expect, it } from 'vitest';
import { apiError, errorMessages, type ErrorKey } from '../../shared/contract/error-messages';
import { ApiError, apiErrorCodes } from '../../shared/contract/errors';
import { en } from './en';
import { errorText } from './error-text';
import { translator } from './test-translator';
import { jobError } from './use-error-text';
import { zhCN } from './zh-CN';

const placesOf = (template: string) =>
  new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!));

const keys = Object.keys(errorMessages) as ErrorKey[];
const hasLatinWords = (text: string) => /[A-Za-z]{3,}/.test(text);

describe('error messages in the UI', () => {
  it('has a Chinese and an English message for every error key and every code', () => {
    for (const [language, strings] of [
      ['en', en],
      ['zh-CN', zhCN],
    ] as const) {
      for (const key of keys)
        expect(strings.errors.messages[key]?.trim(), `${language} ${key}`).toBeTruthy();
      for (const code of apiErrorCodes)
        expect(strings.errors.codes[code]?.trim(), `${language} ${code}`).toBeTruthy();
    }
  });

  it('fills the Chinese message only from parameters the throw site gives', () => {
    for (const key of keys) {
      const given = placesOf(errorMessages[key].en);
      const used = [...placesOf(zhCN.errors.messages[key])];
      // fieldZh and type come with the English field label and expected kind.
      const extra = used.filter(
        (p) => !given.has(p) && !['fieldZh', 'type', 'action', 'articleId', 'encoding'].includes(p),
      );
      expect(extra, key).toEqual([]);
    }
  });

  it('shows a Chinese window Chinese text for every error, never the English message', () => {
    const t = translator('zh-CN');
    for (const key of keys) {
      const params = Object.fromEntries(
        [...placesOf(errorMessages[key].en), ...placesOf(zhCN.errors.messages[key])].map((p) => [
          p,
          7,
        ]),
      );
      const shown = errorText(t, 'zh-CN', apiError(key, params));
      expect(shown, key).not.toContain('{{');
      expect(
        hasLatinWords(shown.replace(/gleaner package create|SQLite|JSON|ISO|dataset/g, '')),
        `${key}: ${shown}`,
      ).toBe(false);
    }
    for (const code of apiErrorCodes) {
      const shown = errorText(t, 'zh-CN', new ApiError(code, 'There is no such thing.'));
      expect(hasLatinWords(shown), code).toBe(false);
    }
  });

  it('names in both languages why the import report skipped a file or row, "failed" included', () => {
    // SkipReason (electron/import/types.ts) and the 'failed' of a file or row the import could not store.
    const reasons = ['not-found', 'unreadable', 'unsupported-type', 'symlink-loop', 'too-large'];
    const decodeFailures = ['empty', 'binary', 'undecodable', 'low-confidence', 'mojibake'];
    for (const reason of [...reasons, ...decodeFailures, 'failed']) {
      expect(translator('en')(`errors.skipReasons.${reason}`), reason).not.toBe(
        `errors.skipReasons.${reason}`,
      );
      expect(translator('zh-CN')(`errors.skipReasons.${reason}`), reason).not.toMatch(
        /[A-Za-z]{3,}/,
      );
    }
  });

  it('says roles, statuses and actions in the window language', () => {
    const refusal = apiError('workflow-role', {
      roles: 'reviewer,admin',
      verb: 'approve',
      action: 'approve',
      article: 'article 4',
      articleId: 4,
      name: '李',
      role: 'curator',
    });
    expect(errorText(translator('zh-CN'), 'zh-CN', refusal)).toBe(
      '只有审核员或管理员可以对文章 4 执行“通过”；李是整理员。',
    );
    expect(errorText(translator('en'), 'en', refusal)).toBe(refusal.message);
    expect(errorText(translator('en'), 'en', refusal)).toBe(
      'Only a reviewer or an admin can approve article 4; 李 is a curator.',
    );
  });

  it('translates an error after it crossed a transport (key and parameters in the payload)', () => {
    const sent = apiError('article-missing', { articleId: 12 }).toPayload();
    const received = ApiError.fromPayload(JSON.parse(JSON.stringify(sent)));
    expect(errorText(translator('zh-CN'), 'zh-CN', received)).toBe('本项目中没有文章 12。');
  });

  it("says a failed job's reason in Chinese, the system's words by their code", () => {
    const t = translator('zh-CN');
    const full = jobError({
      error: 'Could not save a.txt: the disk is full. (database or disk is full)',
      errorReason: {
        key: 'job-write-failed',
        params: { detail: 'Could not save a.txt: the disk is full. (database or disk is full)' },
      },
    })!;
    expect(errorText(t, 'zh-CN', full)).toBe(
      '无法写入项目文件：磁盘已满。之前保存的内容都没有丢失。',
    );
    const efbig = jobError({
      error: 'The disk is full…',
      errorReason: { key: 'disk-full', params: { file: '/data/out.jsonl' } },
    })!;
    expect(errorText(t, 'zh-CN', efbig)).toContain('写入 /data/out.jsonl 时磁盘已满');
    // A job from before keys (or a bare failure) still shows something in either language.
    const bare = jobError({ error: 'worker gone', errorReason: null })!;
    expect(errorText(translator('en'), 'en', bare)).toBe('worker gone');
    expect(jobError({ error: null })).toBeNull();
  });
});
