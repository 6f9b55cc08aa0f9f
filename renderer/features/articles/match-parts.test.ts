import { describe, expect, it } from 'vitest';
import { literalRanges, matchParts } from './match-parts';

describe('search matches in the list', () => {
  it('marks the matched code points of a snippet, astral characters counting as one', () => {
    // 𠀀 is two UTF-16 units but one code point: the range after it must not shift.
    const parts = matchParts('𠀀阜新市医院', [{ start: 1, end: 3 }]);
    expect(parts).toEqual([
      { text: '𠀀', mark: false },
      { text: '阜新', mark: true },
      { text: '市医院', mark: false },
    ]);
  });

  it('tolerates overlapping, unordered and out-of-bounds ranges', () => {
    const parts = matchParts('医院医院', [
      { start: 2, end: 9 },
      { start: -3, end: 1 },
      { start: 0, end: 2 },
    ]);
    expect(parts).toEqual([{ text: '医院医院', mark: true }]);
    expect(matchParts('', [{ start: 0, end: 1 }])).toEqual([]);
  });

  it('finds every occurrence of a query, case-insensitively, without overlaps', () => {
    expect(literalRanges('CT室与ct中心', 'CT')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
    expect(literalRanges('院院院', '院院')).toEqual([{ start: 0, end: 2 }]);
    expect(literalRanges('医院', '  ')).toEqual([]);
  });
});
