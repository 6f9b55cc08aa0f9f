import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../shared/text/codepoints';
import { searchMatches } from './search-matches';

/** An article of segments cut from one document text, each `[start, end)` in code points. */
function segmentsOf(document: string, cuts: [number, number][]) {
  return cuts.map(([start, end]) => ({ start, end, text: sliceCodePoints(document, start, end) }));
}

describe('searchMatches', () => {
  it('marks a query broken over two lines, in document code points, line break included', () => {
    const document = '𠀋标题\n本院胸痛\r\n中心通过认证，胸痛中心。\n医\n院';
    const segments = segmentsOf(document, [
      [1, 22],
      [23, 26],
    ]);
    const marked = (query: string) =>
      searchMatches(segments, query).map((m) => sliceCodePoints(document, m.start, m.end));
    expect(searchMatches(segments, '胸痛中心')).toEqual([
      { start: 6, end: 12 },
      { start: 17, end: 21 },
    ]);
    expect(marked(' 胸痛中心 ')).toEqual(['胸痛\r\n中心', '胸痛中心']);
    expect(marked('医院')).toEqual(['医\n院']);
    // A match may not span two segments (the article skips what lies between them).
    expect(marked('。医')).toEqual([]);
    expect(searchMatches(segmentsOf(document, [[1, 26]]), '。医')).toEqual([
      { start: 21, end: 24 },
    ]);
    expect(marked('')).toEqual([]);
  });

  it('folds ASCII case only, as the list does', () => {
    const segments = segmentsOf('Hospital NE\nWS, ÉCOLE', [[0, 21]]);
    expect(searchMatches(segments, 'news')).toEqual([{ start: 9, end: 14 }]);
    expect(searchMatches(segments, 'école')).toEqual([]);
  });

  it('finds a query in any segment whatever line break falls inside it, around astral text', () => {
    const pieces = fc.constantFrom('医', '院', '𠀋', '😀', 'a', 'B', '\n', '\r\n', ' ');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 20 }),
        // None of the surrounding text's characters: no other match can overlap the one put in
        // (a query such as 𠀋𠀋 after a 𠀋 would be found one character earlier, and rightly so).
        fc.array(fc.constantFrom('胸', '痛', '𩸽', 'Q'), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom('\n', '\r\n'),
        fc.array(pieces, { maxLength: 20 }),
        (before, query, gapSeed, lineBreak, after) => {
          const gap = 1 + (gapSeed % (query.length - 1));
          const broken = [...query.slice(0, gap), lineBreak, ...query.slice(gap)].join('');
          const document = `${before.join('')}${broken}${after.join('')}`;
          const start = Array.from(before.join('')).length;
          const segments = segmentsOf(document, [[0, Array.from(document).length]]);
          expect(searchMatches(segments, query.join('').toLowerCase())).toContainEqual({
            start,
            end: start + Array.from(broken).length,
          });
        },
      ),
    );
  });
});
