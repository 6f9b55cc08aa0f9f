import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldSchemaError } from '../schema';
import { VALUE_KINDS, parseFieldSchema, type FieldSchema } from '../schema';
import { EXTRACTOR_DECLARATIONS, EXTRACTORS_BY_ID, extractArticle } from './index';

const seedJson = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/hospital-news.schema.json'), 'utf8'),
) as FieldSchema;
const seed = parseFieldSchema(seedJson);

const TEXT = `本报讯 2024年5月6日，于都县人民医院获评“全国改善医疗服务示范医院”。该院院长曾庆华表示，医院投资2.8亿元建设新住院楼。于都县人民医院始建于1951年。`;

function extract(schema: FieldSchema) {
  return extractArticle({
    documentText: TEXT,
    ranges: [{ start: 0, end: [...TEXT].length }],
    schema,
  });
}

const values = (schema: FieldSchema, field: string): unknown[] =>
  extract(schema)
    .filter((s) => s.field === field)
    .map((s) => s.value);

describe('schema mapping of the built-in rules', () => {
  it('every rule declares outputs whose kinds fit some field type, and the seed schema maps', () => {
    for (const declaration of EXTRACTOR_DECLARATIONS) {
      expect(declaration.outputs.length, declaration.id).toBeGreaterThan(0);
      for (const output of declaration.outputs)
        expect(VALUE_KINDS, `${declaration.id} ${output.name}`).toContain(output.kind);
    }
    expect(() => parseFieldSchema(seedJson, { extractors: EXTRACTORS_BY_ID })).not.toThrow();
  });

  it('a field renamed from honors to awards still gets the honours', () => {
    const honours = values(seed, 'honors');
    expect(honours.length).toBeGreaterThan(0);
    const renamed: FieldSchema = {
      ...seed,
      fields: seed.fields.map((f) => (f.key === 'honors' ? { ...f, key: 'awards' } : f)),
    };
    expect(() => parseFieldSchema(renamed, { extractors: EXTRACTORS_BY_ID })).not.toThrow();
    expect(values(renamed, 'awards')).toEqual(honours);
    expect(values(renamed, 'honors')).toEqual([]);
  });

  it('a field naming an output explicitly gets it under its own key, besides the old field', () => {
    const withRegion: FieldSchema = {
      ...seed,
      fields: [
        ...seed.fields,
        {
          key: 'region',
          labels: { 'zh-CN': '地区', en: 'Region' },
          type: 'place',
          cardinality: 'one',
          required: false,
          extractors: [{ id: 'rule:place@1', output: 'county' }],
        },
      ],
    };
    expect(values(withRegion, 'region')).toEqual([{ name: '于都县', code: '360731' }]);
    expect(values(withRegion, 'county')).toEqual(values(seed, 'county'));
  });

  it('the subject rule reads the same institution as the hospital rule', () => {
    const subject: FieldSchema = {
      ...seed,
      fields: seed.fields.map((f) =>
        f.key === 'hospital' ? { ...f, extractors: ['rule:subject@1'] } : f,
      ),
    };
    const found = extract(subject).filter((s) => s.field === 'hospital');
    expect(found.map((s) => [s.value, s.extractor])).toEqual([
      ['于都县人民医院', 'rule:subject@1'],
    ]);
  });

  it('saving refuses a money rule mapped to a text field, naming both', () => {
    const wrong = {
      ...seedJson,
      fields: seedJson.fields.map((f) =>
        f.key === 'honors' ? { ...f, extractors: ['rule:investment@1'] } : f,
      ),
    };
    let problems: string[] = [];
    try {
      parseFieldSchema(wrong, { extractors: EXTRACTORS_BY_ID });
    } catch (error) {
      problems = (error as FieldSchemaError).problems;
    }
    expect(problems).toEqual([
      'field "honors" (fields[8]).extractors: extractor "rule:investment@1" output "investments" yields money values, which do not fit a text field (they fit money)',
    ]);
  });
});
