import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { KEPT_SPANS, tidySuggestions } from './tidy-suggestions';
import type { Suggestion } from './types';

const field = (key: string, cardinality: 'one' | 'many'): Field =>
  ({ key, cardinality, extractors: [] }) as unknown as Field;

/** A suggestion of `value` read once at code points [at, at + 2). */
const read = (fieldKey: string, value: string, at: number, confidence = 0.8): Suggestion => ({
  field: fieldKey,
  value,
  raw: value,
  spans: [{ start: at, end: at + 2, text: value }],
  extractor: 'rule:test@1',
  confidence,
});

describe('tidySuggestions on a value read thousands of times', () => {
  it('keeps the first KEPT_SPANS mentions in document order, whatever order they came in', () => {
    const mentions = 2 * KEPT_SPANS + 500;
    // Read last mention first, and every mention twice (two rules reading the same place).
    const suggestions: Suggestion[] = [];
    for (let k = mentions - 1; k >= 0; k--)
      suggestions.push(read('hospital', '协和医院', 10 * k), read('hospital', '协和医院', 10 * k));
    const [tidied] = tidySuggestions(suggestions, [field('hospital', 'many')]);
    expect(tidied!.spans).toHaveLength(KEPT_SPANS);
    expect(tidied!.spans.map((s) => s.start)).toEqual(
      Array.from({ length: KEPT_SPANS }, (_, k) => 10 * k),
    );
    expect(tidied!.raw).toBe('协和医院');
  });

  it('still ranks a single-valued field by how often each value was read past the cap', () => {
    const suggestions: Suggestion[] = [];
    // 甲 is read first, 乙 more often: with equal confidence the more often read wins.
    for (let k = 0; k < KEPT_SPANS + 100; k++) suggestions.push(read('city', '甲市', 4 * k));
    for (let k = 0; k < KEPT_SPANS + 300; k++)
      suggestions.push(read('city', '乙市', 1_000_000 + 4 * k));
    const [best] = tidySuggestions(suggestions, [field('city', 'one')]);
    expect(best!.value).toBe('乙市');
    expect(best!.spans).toHaveLength(KEPT_SPANS);
  });

  it('keeps every mention of a value read fewer times than the cap', () => {
    const suggestions = Array.from({ length: 300 }, (_, k) =>
      read('hospital', '协和医院', 900 - 3 * k),
    );
    const [tidied] = tidySuggestions(suggestions, [field('hospital', 'many')]);
    expect(tidied!.spans).toHaveLength(300);
    expect(tidied!.spans[0]!.start).toBe(900 - 3 * 299);
  });
});
