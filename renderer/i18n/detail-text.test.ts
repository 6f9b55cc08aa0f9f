import { describe, expect, it } from 'vitest';
import { apiError } from '../../shared/contract/error-messages';
import { FieldSchemaError, parseFieldSchema } from '../../shared/schema';
import { hasEnglishWords, systemDetailText } from './detail-text';
import { errorText } from './error-text';
import { translator } from './test-translator';

const zh = translator('zh-CN');
/** A small schema of three well-formed fields, to break one way per test. */
const field = (key: string) => ({
  key,
  labels: { 'zh-CN': key, en: key },
  type: 'text',
  cardinality: 'one',
  required: false,
  extractors: [],
});
const seedSchema = {
  id: 'mine',
  version: 1,
  fields: [
    field('hospital'),
    field('city'),
    field('beds'),
    field('head'),
    field('year'),
    field('area'),
  ],
} as { id: string; version: number; fields: Record<string, unknown>[] };

/** The refusal the main side sends for `schema` (schema-choice.ts words it so). */
function refusalOf(schema: unknown) {
  try {
    parseFieldSchema(schema);
  } catch (error) {
    if (!(error instanceof FieldSchemaError)) throw error;
    return apiError(
      'schema-unusable',
      {
        source: 'mine.schema.json',
        problems: error.problems.join('\n- '),
        issueList: JSON.stringify(error.issues),
      },
      error.problems,
    );
  }
  throw new Error('the schema was accepted');
}

describe('error details in the window language (issue 21, item 5)', () => {
  it('says zod issues of a refused schema by their codes, naming the field', () => {
    const schema = structuredClone(seedSchema);
    schema.fields[0]!.type = 'number';
    schema.fields[1]!.colour = 'red';
    schema.fields[2]!.key = 'Bad Key';
    schema.fields[5]!.labels = { 'zh-CN': '', en: 'x' };
    const refusal = refusalOf(schema);
    const shown = errorText(zh, 'zh-CN', refusal);
    expect(shown).toContain('字段方案无法使用：');
    expect(shown).toContain(
      `字段“${seedSchema.fields[0]!.key as string}”的 type：应为以下之一：text`,
    );
    expect(shown).toContain('有不认识的键：colour');
    expect(shown).toContain('键名须为小写英文加下划线');
    expect(shown).toContain('至少要有 1 个字符');
    // Field keys, JSON keys and the type names of the file stay as written; no English sentence.
    const sentences = shown.replace(/[a-z_]+:?|“[^”]*”|\.|Bad Key|zh-CN/g, '');
    expect(hasEnglishWords(sentences), shown).toBe(false);
    // A problem of the whole schema (checked once every field is well formed) names its fields.
    const twice = structuredClone(seedSchema);
    twice.fields[0]!.hotkey = 'h';
    twice.fields[1]!.hotkey = 'h';
    expect(errorText(zh, 'zh-CN', refusalOf(twice))).toContain(
      `快捷键“h”已是 ${seedSchema.fields[0]!.key as string} 的快捷键`,
    );
    // The English window keeps the main side's own words.
    expect(errorText(translator('en'), 'en', refusal)).toBe(refusal.message);
  });

  it('says errno failures, SQLite and JSON.parse by their codes, keeping the path', () => {
    expect(systemDetailText(zh, "ENOENT: no such file or directory, open '/tmp/x/a.json'")).toBe(
      '找不到文件或文件夹（/tmp/x/a.json）',
    );
    expect(systemDetailText(zh, 'EACCES: permission denied, mkdir')).toBe('没有访问权限');
    expect(systemDetailText(zh, 'EWHATEVER: something new')).toBe('系统错误 EWHATEVER');
    expect(systemDetailText(zh, 'SqliteError: database is locked')).toBe('数据库被其他程序锁定');
    expect(
      systemDetailText(zh, "Expected property name or '}' in JSON at position 1 (line 1 column 2)"),
    ).toBe('不是有效的 JSON（第 1 行第 2 列）');
    expect(systemDetailText(zh, 'the moon is in the way')).toBe(
      '系统只给出了英文说明（可在英文界面查看）',
    );
    const failure = apiError('project-open-failed', {
      file: '/home/li/p.gleaner',
      reason: "EACCES: permission denied, open '/home/li/p.gleaner'",
    });
    expect(errorText(zh, 'zh-CN', failure)).toBe(
      '无法打开项目文件 /home/li/p.gleaner：没有访问权限（/home/li/p.gleaner）',
    );
  });
});
