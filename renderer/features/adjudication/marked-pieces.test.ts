import { describe, expect, it } from 'vitest';
import { markedPieces } from './marked-pieces';

describe('markedPieces', () => {
  it("cuts the article's text at both versions' spans, in code points", () => {
    // 𠀀 is outside the BMP: one code point, two UTF-16 units.
    const text = '𠀀市人民医院成立于1950年';
    const pieces = markedPieces(
      [{ start: 10, end: 10 + Array.from(text).length, text }],
      [{ start: 11, end: 17 }],
      [{ start: 14, end: 20 }],
    );
    expect(pieces.map((p) => [p.text, p.mark])).toEqual([
      ['𠀀', null],
      ['市人民', 'a'],
      ['医院成', 'ab'],
      ['立于1', 'b'],
      ['950年', null],
    ]);
    expect(pieces.map((p) => p.start)).toEqual([10, 11, 14, 17, 20]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps the ranges of an article apart and ignores spans outside them', () => {
    const pieces = markedPieces(
      [
        { start: 0, end: 3, text: '第一段' },
        { start: 10, end: 13, text: '第二段' },
      ],
      [{ start: 11, end: 12 }],
      [{ start: 5, end: 7 }],
    );
    expect(pieces.map((p) => [p.text, p.mark, p.gapBefore])).toEqual([
      ['第一段', null, false],
      ['第', null, true],
      ['二', 'a', false],
      ['段', null, false],
    ]);
  });
});
