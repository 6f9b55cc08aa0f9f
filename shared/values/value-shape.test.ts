import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { GoldenFixture } from '../extraction/golden/golden-cases';
import { parseFieldSchema } from '../schema';
import { valueShapeProblem } from './value-shape';

const golden = JSON.parse(
  gunzipSync(
    readFileSync(join(__dirname, '..', 'extraction', 'golden', 'golden-output.json.gz')),
  ).toString('utf8'),
) as GoldenFixture;

describe('the shape of a stored value of each field type', () => {
  it('accepts every value extraction gives on the golden pages', () => {
    const schema = parseFieldSchema(JSON.stringify(golden.schema));
    const types = new Map(schema.fields.map((f) => [f.key, f.type]));
    const refused: string[] = [];
    let seen = 0;
    for (const page of golden.pages) {
      for (const output of page.outputs) {
        for (const { suggestions } of [output.withWords, output.withoutWords]) {
          for (const s of suggestions) {
            seen++;
            const problem = valueShapeProblem(types.get(s.field)!, s.value, s.extractor);
            if (problem) refused.push(`${s.field} ${JSON.stringify(s.value)}: ${problem}`);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(1000);
    expect(refused).toEqual([]);
  });

  it('accepts what a curator types and word lists suggest', () => {
    expect(valueShapeProblem('person', '张三')).toBeNull();
    expect(valueShapeProblem('place', '阜新')).toBeNull();
    expect(
      valueShapeProblem('date', { iso: '2021-07', year: 2021, month: 7, partial: true }),
    ).toBeNull();
    expect(
      valueShapeProblem('quantity', { value: 52, unit: '个', approx: null, indicator: '病区数' }),
    ).toBeNull();
  });

  it('names what is wrong with a value of another type', () => {
    expect(valueShapeProblem('money', '4100万元')).toMatch(/^not a value of type money \(/);
    expect(valueShapeProblem('money', { amount: '41000000', currency: 'CNY' })).toMatch(
      /^not a value of type money \(amount: /,
    );
    expect(valueShapeProblem('place', { name: 5 })).toMatch(/^not a value of type place/);
    expect(valueShapeProblem('integer', 3.5)).toMatch(/^not a value of type integer/);
    expect(valueShapeProblem('integer', '1951')).not.toBeNull();
    expect(valueShapeProblem('date', { iso: 'yesterday', year: 2021, partial: false })).toMatch(
      /iso: /,
    );
    expect(valueShapeProblem('text', ['a', 'b'])).not.toBeNull();
    expect(valueShapeProblem('text', { evil: true })).not.toBeNull();
  });

  it('lets a field pattern store the text it matched in a typed field, but not a number field', () => {
    expect(valueShapeProblem('money', '4100万元', 'pattern:investments@1')).toBeNull();
    expect(valueShapeProblem('integer', '1145张', 'pattern:beds@1')).not.toBeNull();
    expect(valueShapeProblem('money', { amount: 'x' }, 'pattern:investments@1')).not.toBeNull();
  });
});
