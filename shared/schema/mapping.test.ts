import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FieldSchemaError,
  mappingProblems,
  parseFieldSchema,
  type ExtractorDeclaration,
  type FieldSchema,
} from './index';

const seedJson = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/hospital-news.schema.json'), 'utf8'),
) as FieldSchema;

/** A catalogue written for these tests (the real one is checked in shared/extraction). */
const catalogue = new Map<string, ExtractorDeclaration>(
  [
    { id: 'rule:honors@1', outputs: [{ name: 'honors', kind: 'honour' }] },
    { id: 'rule:investment@1', outputs: [{ name: 'investments', kind: 'money' }] },
    {
      id: 'rule:place@1',
      outputs: [
        { name: 'province', kind: 'place' },
        { name: 'city', kind: 'place' },
      ],
    },
    { id: 'rule:subject@1', outputs: [{ name: 'subject', kind: 'institution' }] },
  ].map((d) => [d.id, d as ExtractorDeclaration]),
);

function schemaWith(fields: Partial<FieldSchema['fields'][number]>[]): unknown {
  return {
    id: 'mapping-test',
    version: 1,
    fields: fields.map((f, i) => ({
      key: `field_${i}`,
      labels: { 'zh-CN': '字段', en: 'Field' },
      type: 'text',
      cardinality: 'many',
      required: false,
      extractors: [],
      ...f,
    })),
  };
}

function problemsOf(json: unknown): string[] {
  try {
    parseFieldSchema(json, { extractors: catalogue });
  } catch (error) {
    expect(error).toBeInstanceOf(FieldSchemaError);
    return (error as FieldSchemaError).problems;
  }
  throw new Error('expected the mapping to be refused');
}

describe('schema mapping', () => {
  it('names the field and the extractor of an unknown extractor id', () => {
    const problems = problemsOf(schemaWith([{ key: 'awards', extractors: ['rule:honours@1'] }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^field "awards" \(fields\[0\]\)\.extractors: /);
    expect(problems[0]).toContain('unknown extractor "rule:honours@1"');
    expect(problems[0]).toContain('rule:honors@1');
  });

  it('names field, extractor, output and both kinds when the kind does not fit the type', () => {
    const problems = problemsOf(
      schemaWith([{ key: 'budget', type: 'text', extractors: ['rule:investment@1'] }]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('field "budget"');
    expect(problems[0]).toContain('extractor "rule:investment@1" output "investments"');
    expect(problems[0]).toContain('money values, which do not fit a text field');
  });

  it('asks which output a field takes from an extractor with several', () => {
    const [problem] = problemsOf(
      schemaWith([{ key: 'region', type: 'place', extractors: ['rule:place@1'] }]),
    );
    expect(problem).toContain('field "region"');
    expect(problem).toContain('extractor "rule:place@1" yields several outputs (province, city)');
  });

  it('names an output the extractor does not have', () => {
    const [problem] = problemsOf(
      schemaWith([
        { key: 'region', type: 'place', extractors: [{ id: 'rule:place@1', output: 'county' }] },
      ]),
    );
    expect(problem).toContain('field "region"');
    expect(problem).toContain('extractor "rule:place@1" has no output "county"');
  });

  it('reports every bad reference, not only the first', () => {
    const problems = problemsOf(
      schemaWith([
        { key: 'a', extractors: ['rule:nothing@1'] },
        { key: 'b', type: 'integer', extractors: ['rule:honors@1'] },
      ]),
    );
    expect(problems.map((p) => p.slice(0, 9))).toEqual(['field "a"', 'field "b"']);
  });

  it('accepts a renamed field (the only output), a named output and an institution as text', () => {
    const schema = parseFieldSchema(
      schemaWith([
        { key: 'awards', extractors: ['rule:honors@1'] },
        { key: 'region', type: 'place', extractors: [{ id: 'rule:place@1', output: 'city' }] },
        { key: 'company', type: 'institution', extractors: ['rule:subject@1'] },
        { key: 'company_name', type: 'text', extractors: ['rule:subject@1'] },
      ]),
      { extractors: catalogue },
    );
    expect(mappingProblems(schema, catalogue)).toEqual([]);
  });

  it('reads the old form by the field key: province takes the place rule output "province"', () => {
    const province = seedJson.fields.find((f) => f.key === 'province')!;
    expect(mappingProblems({ ...seedJson, fields: [province] }, catalogue)).toEqual([]);
  });

  it('checks nothing when no catalogue is given (a stored schema still opens)', () => {
    expect(() => parseFieldSchema(schemaWith([{ extractors: ['rule:gone@9'] }]))).not.toThrow();
  });

  it('takes the subject institution kind as a schema setting and refuses an unknown one', () => {
    expect(
      parseFieldSchema({ ...seedJson, subjectInstitution: 'company' }).subjectInstitution,
    ).toBe('company');
    expect(() => parseFieldSchema({ ...seedJson, subjectInstitution: 'bank' })).toThrow(
      /subjectInstitution/,
    );
  });
});
