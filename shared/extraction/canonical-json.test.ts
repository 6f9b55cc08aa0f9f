import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './extract-article';

/**
 * canonicalJson as it was first written (value keys stored in project files are made by it): the
 * faster one must give exactly its strings.
 */
function canonicalJsonAsFirstWritten(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += (canonicalJsonAsFirstWritten(value[i]) as string | undefined) ?? '';
    }
    return `${out}]`;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      if (out.length > 1) out += ',';
      out += `${JSON.stringify(key)}:${canonicalJsonAsFirstWritten(v)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('writes what the first version wrote, for any JSON-like value', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.double(),
        fc.integer(),
        fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, true, false, null, undefined),
        fc.array(tie('any'), { maxLength: 5 }),
        fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), tie('any'), { maxKeys: 5 }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(canonicalJsonAsFirstWritten(v));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts keys and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [undefined, -0, NaN], c: undefined, 名: '值' })).toBe(
      '{"a":[,0,null],"b":1,"名":"值"}',
    );
  });
});
