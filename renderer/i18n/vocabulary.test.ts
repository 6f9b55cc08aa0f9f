import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translator } from './test-translator';
import { zhCN } from './zh-CN';

/** Every string of a language, resolved as the UI shows it (nested $t(...) references followed). */
function shownStrings(language: 'en' | 'zh-CN'): Map<string, string> {
  const t = translator(language);
  const strings = new Map<string, string>();
  const walk = (node: object, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        const id = [...path, key].join('.');
        strings.set(id, t(id.replace(/_(one|other)$/, ''), { count: 2 }));
      } else walk(value as object, [...path, key]);
    }
  };
  walk(language === 'en' ? en : zhCN, []);
  return strings;
}

/**
 * One word per state, role and action. Each line names the word the UI uses and the synonyms
 * that crept in before (the review said 已采纳, the dashboard 采纳, the panel 已接受).
 */
const synonyms: Record<'en' | 'zh-CN', { use: string; never: RegExp }[]> = {
  'zh-CN': [
    { use: '已接受 / 接受', never: /采纳/ },
    { use: '已拒绝 / 拒绝', never: /驳回/ },
    { use: '建议 (a suggestion nobody decided on)', never: /未处理|尚未审阅/ },
    { use: '通过 / 已通过 (approve)', never: /批准/ },
    { use: '整理员 (curator)', never: /审校员|标注员/ },
    { use: '审核员 (reviewer)', never: /审核人|审阅人/ },
  ],
  en: [
    { use: 'Suggested', never: /\bunchanged\b|not yet reviewed/i },
    { use: 'Approve / Approved', never: /\bpassed\b/i },
  ],
};

describe('one vocabulary', () => {
  for (const language of ['zh-CN', 'en'] as const) {
    it(`uses one word for each state, role and action in ${language}`, () => {
      const strings = shownStrings(language);
      for (const { use, never } of synonyms[language]) {
        const offenders = [...strings].filter(([, text]) => never.test(text)).map(([id]) => id);
        expect(offenders, `use ${use}`).toEqual([]);
      }
    });
  }

  it('names value states the same in the fields panel, the review and the dashboard', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const strings = shownStrings(language);
      const word = (id: string) => strings.get(id)!.toLowerCase();
      for (const state of ['accepted', 'rejected', 'edited']) {
        expect(word(`review.diff.kinds.${state}`)).toBe(word(`fields.states.${state}`));
        expect(word(`review.dashboard.${state}`)).toBe(word(`fields.states.${state}`));
      }
      expect(word('review.diff.kinds.unchanged')).toBe(word('fields.states.suggested'));
      expect(word('review.dashboard.pending')).toBe(word('fields.states.suggested'));
      expect(word('export.statuses.approved')).toBe(word('status.approved'));
    }
  });

  it('has every string in both languages, none empty and none left unresolved', () => {
    const english = shownStrings('en');
    const chinese = shownStrings('zh-CN');
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const strings of [english, chinese]) {
      for (const [id, text] of strings) {
        expect(text.trim(), id).not.toBe('');
        expect(text, id).not.toContain('$t(');
      }
    }
  });
});
