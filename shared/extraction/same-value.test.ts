import { describe, expect, it } from 'vitest';
import { canonicalJson } from './extract-article';
import { sameCanonicalValue } from './same-value';

/** How tidy() told values apart before: their type and their canonical JSON. */
const sameByJson = (a: unknown, b: unknown): boolean =>
  typeof a === typeof b && canonicalJson(a) === canonicalJson(b);

describe('sameCanonicalValue', () => {
  it('compares plain values whatever their key order', () => {
    expect(sameCanonicalValue({ amount: 5, currency: 'CNY' }, { currency: 'CNY', amount: 5 })).toBe(
      true,
    );
    expect(sameCanonicalValue({ name: '张某', title: '院长' }, { name: '张某' })).toBe(false);
    expect(sameCanonicalValue([1, [2, { a: null }]], [1, [2, { a: null }]])).toBe(true);
    expect(sameCanonicalValue([], {})).toBe(false);
    expect(sameCanonicalValue(0, -0)).toBe(true);
  });

  it('leaves what is not plain JSON data to the canonical JSON', () => {
    expect(sameCanonicalValue({ a: undefined }, {})).toBeNull();
    expect(sameCanonicalValue(Number.NaN, null)).toBeNull();
    expect(sameCanonicalValue(new Date(0), new Date(0))).toBeNull();
    expect(sameCanonicalValue([undefined], [])).toBeNull();
  });

  it('agrees with the canonical JSON wherever it answers, on generated values', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const leaves: unknown[] = [
      0,
      -0,
      1,
      1.5,
      'a',
      'b',
      '1',
      true,
      false,
      null,
      Number.NaN,
      undefined,
    ];
    const keys = ['a', 'b', 'c'];
    const value = (depth: number): unknown => {
      const kind = depth > 2 ? 0 : next(4);
      if (kind === 0 || kind === 1) return leaves[next(leaves.length)];
      if (kind === 2) return Array.from({ length: next(3) }, () => value(depth + 1));
      const record: Record<string, unknown> = {};
      // Keys in a random order, so that equal values often differ in their order.
      for (const key of [...keys].sort(() => next(3) - 1))
        if (next(2)) record[key] = value(depth + 1);
      return record;
    };
    let compared = 0;
    let equal = 0;
    for (let i = 0; i < 20000; i++) {
      const a = value(0);
      const b = next(3) === 0 ? structuredClone(a) : value(0);
      const same = sameCanonicalValue(a, b);
      if (same === null) continue;
      compared++;
      if (same) equal++;
      expect(same, JSON.stringify([a, b])).toBe(sameByJson(a, b));
    }
    // The generator must exercise both answers, not only the fallback.
    expect(compared).toBeGreaterThan(5000);
    expect(equal).toBeGreaterThan(1000);
  });
});
