import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { errorText } from '../../renderer/i18n/error-text';
import { translator } from '../../renderer/i18n/test-translator';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { bundledSeedsDir } from '../app-root';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { previewPatterns } from './pattern-preview';
import { Project } from './project';
import { updateSchema } from './schema-editing';
import { editValueParts } from './value-parts-edit';

const tempDir = useTempDir('gleaner-refusal-details-');

function say(error: unknown, language: 'en' | 'zh-CN'): string {
  expect(error).toBeInstanceOf(ApiError);
  return errorText(translator(language), language, error as ApiError);
}

function refusal(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
}

const untranslated = zhCN.errors.detail.untranslated;

// These three refusals carried their details in English only: the Chinese window said "the
// system said why only in English" (or nothing) instead of what to change.
describe('refusals with details say each detail in Chinese', () => {
  const project = () =>
    Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });

  it('a pattern without a named group', () => {
    const { db } = project();
    const error = refusal(() =>
      previewPatterns(db, { fieldKey: 'beds', patterns: [{ name: 'beds-1', regex: '[0-9]+张' }] }),
    );
    const shown = say(error, 'zh-CN');
    expect(shown).toContain('模式“beds-1”没有命名分组');
    expect(shown).not.toContain(untranslated);
    expect(say(error, 'en')).toContain('has no named group');
  });

  it('a schema change that would orphan stored values', () => {
    const { db } = project();
    const schema = activeSchema(db);
    const error = refusal(() =>
      updateSchema(
        db,
        {
          ...schema,
          version: schema.version + 1,
          fields: schema.fields
            .filter((f) => f.key !== 'hospital')
            .map((f) => (f.key === 'honors' ? { ...f, cardinality: 'one' as const } : f)),
        },
        'admin',
      ),
    );
    const shown = say(error, 'zh-CN');
    expect(shown).toMatch(/字段“hospital”：已有 \d+ 个值，不能删除或改名/);
    expect(shown).toMatch(/字段“honors”：已有 \d+ 个值，不能改为只取一个值/);
    expect(shown).not.toContain(untranslated);
    expect(say(error, 'en')).toMatch(/Field "hospital" has \d+ values?, so it cannot be removed/);
  });

  it("a value's parts that do not parse", () => {
    const { db } = project();
    const investment = db
      .prepare(
        "SELECT id, revision FROM field_values WHERE field_key = 'investments' ORDER BY id LIMIT 1",
      )
      .get() as { id: number; revision: number };
    const error = refusal(() =>
      editValueParts(
        db,
        {
          valueId: investment.id,
          revision: investment.revision,
          parts: { amount: '很多', currency: 'XYZ' },
        },
        'admin',
      ),
    );
    const shown = say(error, 'zh-CN');
    expect(shown).toContain('金额“很多”不是金额');
    expect(shown).toContain('币种“XYZ”不是拾穗认识的币种');
    expect(shown).not.toContain(untranslated);
    expect(say(error, 'en')).toContain('the currency "XYZ" is not a currency Gleaner knows');
  });
});
