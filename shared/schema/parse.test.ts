import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FieldSchemaError, parseFieldSchema } from './index';

const seedSchema = JSON.parse(
  readFileSync(join(__dirname, '../../seeds/hospital-news.schema.json'), 'utf8'),
) as { fields: Record<string, unknown>[] };

function withField(change: (field: Record<string, unknown>) => void, index = 0): unknown {
  const copy = structuredClone(seedSchema);
  change(copy.fields[index]!);
  return copy;
}

function problemsOf(json: unknown): string[] {
  try {
    parseFieldSchema(json);
  } catch (error) {
    expect(error).toBeInstanceOf(FieldSchemaError);
    return (error as FieldSchemaError).problems;
  }
  throw new Error('expected the schema to be rejected');
}

describe('parseFieldSchema', () => {
  it('accepts the hospital-news seed schema with exactly its seventeen fields', () => {
    const schema = parseFieldSchema(seedSchema);
    expect(schema.id).toBe('hospital-news');
    expect(schema.version).toBe(1);
    expect(schema.fields.map((f) => f.key)).toEqual([
      'hospital',
      'province',
      'city',
      'county',
      'title',
      'column',
      'reporters',
      'people',
      'honors',
      'investments',
      'areas',
      'beds',
      'founded_year',
      'partners',
      'centers',
      'metrics',
      'events',
    ]);
    for (const field of schema.fields) {
      expect(field.labels['zh-CN']).not.toBe('');
      expect(field.labels.en).not.toBe('');
    }
  });

  it('names the field and the problem when a type is unknown', () => {
    const problems = problemsOf(withField((f) => (f.type = 'number'), 11));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^field "beds" \(fields\[11\]\)\.type: /);
  });

  it('rejects a user pattern that does not compile, naming field and pattern', () => {
    const problems = problemsOf(
      withField((f) => (f.patterns = [{ name: 'bed count', regex: '(?<value>[0-9]+张' }]), 11),
    );
    expect(problems[0]).toContain('field "beds"');
    expect(problems[0]).toContain('pattern "bed count" does not compile');
  });

  it('rejects a user pattern without a named group', () => {
    const problems = problemsOf(
      withField((f) => (f.patterns = [{ name: 'beds', regex: '([0-9]+)张床' }]), 11),
    );
    expect(problems[0]).toMatch(/field "beds".*no named group/);
  });

  it('reports a duplicate key, a bad extractor id and an enum without values', () => {
    const copy = structuredClone(seedSchema);
    copy.fields[1]!.key = 'hospital';
    copy.fields[2]!.extractors = ['money'];
    copy.fields[3]!.type = 'enum';
    const problems = problemsOf(copy);
    expect(problems.some((p) => p.includes('duplicate key "hospital"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('field "city"') && p.includes('extractor ids'))).toBe(
      true,
    );
    expect(problems.some((p) => p.startsWith('field "county"') && p.includes('enumValues'))).toBe(
      true,
    );
  });

  it('rejects a non-integer version and text that is not JSON', () => {
    expect(problemsOf({ ...seedSchema, version: 1.5 })[0]).toMatch(/^version: /);
    expect(problemsOf('{ not json')[0]).toMatch(/^not JSON/);
  });

  it('accepts a declared subject and names what is wrong with a bad one', () => {
    const subject = {
      labels: { 'zh-CN': '学校', en: 'a school' },
      cues: ['学校', '学生'],
      otherCues: ['医院'],
    };
    expect(parseFieldSchema({ ...seedSchema, subject }).subject).toEqual(subject);
    expect(parseFieldSchema(seedSchema).subject).toBeUndefined();
    expect(problemsOf({ ...seedSchema, subject: { ...subject, cues: [] } })[0]).toMatch(
      /^subject\.cues: /,
    );
  });
});

describe('per-field guidelines and hotkeys', () => {
  it('keeps a plain-text guideline and a one-key hotkey on a field', () => {
    const schema = parseFieldSchema(
      withField((f) => {
        f.guideline = '医院全称，不含科室。\nTake the full name.';
        f.hotkey = 'h';
      }),
    );
    expect(schema.fields[0]).toMatchObject({
      guideline: '医院全称，不含科室。\nTake the full name.',
      hotkey: 'h',
    });
  });

  it('keeps a highlight colour from the palette and refuses one outside it', () => {
    expect(parseFieldSchema(withField((f) => (f.color = '#0067a5'))).fields[0]!.color).toBe(
      '#0067a5',
    );
    expect(problemsOf(withField((f) => (f.color = '#123456'))).join('\n')).toMatch(
      /color: a field colour is one of the palette's 20 hues/,
    );
  });

  it('refuses a hotkey that is not one letter or digit, or that another field has', () => {
    expect(problemsOf(withField((f) => (f.hotkey = 'Alt+1'))).join('\n')).toMatch(/hotkey/);
    const twice = structuredClone(seedSchema);
    twice.fields[0]!.hotkey = '1';
    twice.fields[1]!.hotkey = '1';
    expect(problemsOf(twice).join('\n')).toMatch(/hotkey "1" is already the hotkey of hospital/);
  });
});
