import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BREAKABLE_QUERY,
  matchesSearch,
  searchPattern,
  searchVariants,
} from './search-pattern';

/** Query pieces: Chinese, astral, ASCII of both cases, regex and LIKE syntax. */
const QUERY_PIECES = [
  '胸',
  '痛',
  '中',
  '心',
  '𠀋',
  '😀',
  'a',
  'B',
  '.',
  '*',
  '(',
  ']',
  '%',
  '_',
  ' ',
];
const TEXT_PIECES = [...QUERY_PIECES, '\n', '\r\n', '医', 'x'];

const queries = fc
  .array(fc.constantFrom(...QUERY_PIECES), { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join(''));
const texts = fc
  .array(fc.constantFrom(...TEXT_PIECES), { maxLength: 30 })
  .map((pieces) => pieces.join(''));

const swapAsciiCase = (s: string) =>
  s.replace(/[A-Za-z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** The first match at or after `from`: its UTF-16 offset and text. */
function matchFrom(text: string, query: string, from: number): { at: number; text: string } | null {
  const pattern = searchPattern(query)!;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { at: match.index, text: match[0] } : null;
}

describe('searchPattern', () => {
  it('finds a query in its own text with a line break put in any gap, at the right offsets', () => {
    fc.assert(
      fc.property(
        texts,
        queries,
        texts,
        fc.nat(),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (before, query, after, gapSeed, lineBreak, swapCase) => {
          const chars = Array.from(query);
          const gap = chars.length > 1 ? 1 + (gapSeed % (chars.length - 1)) : 0;
          const broken =
            gap === 0
              ? query
              : chars.slice(0, gap).join('') + lineBreak + chars.slice(gap).join('');
          const text = before + (swapCase ? swapAsciiCase(broken) : broken) + after;
          expect(matchFrom(text, query, before.length)).toEqual({
            at: before.length,
            text: text.slice(before.length, before.length + broken.length),
          });
          expect(matchesSearch(text, query)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('counts offsets in UTF-16 units around astral characters and never splits one', () => {
    expect(matchFrom('𠀋😀医\n院', '医院', 0)).toEqual({ at: 4, text: '医\n院' });
    expect(matchFrom('𠀋\r\n😀', '𠀋😀', 0)).toEqual({ at: 0, text: '𠀋\r\n😀' });
    // Half of a surrogate pair is not a character of the text.
    expect(matchesSearch('𠀋', '\ud840')).toBe(false);
    expect(matchesSearch('a\ud840b', '\ud840')).toBe(true);
  });

  it('allows one line break, not two, and no blank line or other space', () => {
    expect(matchesSearch('胸痛\n中心', '胸痛中心')).toBe(true);
    expect(matchesSearch('胸痛\r\n中心', '胸痛中心')).toBe(true);
    expect(matchesSearch('胸\n痛\n中心', '胸痛中心')).toBe(false);
    expect(matchesSearch('胸痛\n\n中心', '胸痛中心')).toBe(false);
    expect(matchesSearch('胸痛 中心', '胸痛中心')).toBe(false);
    expect(matchesSearch('胸痛\r中心', '胸痛中心')).toBe(false);
    expect(matchesSearch('\n胸痛中心', '胸痛中心')).toBe(true);
  });

  it('folds ASCII case only and takes regex syntax literally', () => {
    expect(matchesSearch('Hospital NE\nWS', 'news')).toBe(true);
    expect(matchesSearch('ÉCOLE', 'école')).toBe(false);
    expect(matchesSearch('a-b', 'a.b')).toBe(false);
    expect(matchesSearch('(医)[院]{1}|/\\', '(医)[院]{1}|/\\')).toBe(true);
    expect(matchesSearch('100% done', '0%_d')).toBe(false);
    expect(searchPattern('')).toBeNull();
  });

  it('matches long queries only as typed', () => {
    const long = '医'.repeat(MAX_BREAKABLE_QUERY + 1);
    expect(matchesSearch(long, long)).toBe(true);
    expect(matchesSearch(`医\n${long.slice(1)}`, long)).toBe(false);
    expect(searchVariants(long)).toEqual([long]);
  });
});

describe('searchVariants', () => {
  it('lists the query, then each gap with LF and with CRLF, every break 3+ characters long', () => {
    expect(searchVariants('医院')).toEqual(['医院', '医\n院', '医\r\n院']);
    expect(searchVariants('省')).toEqual(['省']);
    expect(searchVariants('𠀋a院')).toEqual([
      '𠀋a院',
      '𠀋\na院',
      '𠀋\r\na院',
      '𠀋a\n院',
      '𠀋a\r\n院',
    ]);
  });

  it('holds exactly what the pattern matches', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const variants = searchVariants(query);
        expect(variants).toHaveLength(2 * Array.from(query).length - 1);
        for (const variant of variants) expect(matchFrom(variant, query, 0)?.text).toBe(variant);
      }),
    );
  });
});
