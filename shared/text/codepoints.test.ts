import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength, sliceCodePoints } from './codepoints';

const PIECES = ['阜', 'a', '𠀀', '😀', 'e\u0301', '\r\n', '\u3000', '，', '\ud800'];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

describe('code-point helpers', () => {
  it('count an astral character once and a combining mark separately', () => {
    expect(codePointLength('𠀀😀')).toBe(2);
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('\r\n')).toBe(2);
    expect(sliceCodePoints('𠀀😀阜新', 1, 3)).toBe('😀阜');
  });

  it('agree with the string iterator on any text', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const points = Array.from(text);
        expect(codePointLength(text)).toBe(points.length);
        const start = Math.min(a, b) % (points.length + 1);
        const end = Math.min(Math.max(a, b), points.length);
        expect(sliceCodePoints(text, start, Math.max(start, end))).toBe(
          points.slice(start, Math.max(start, end)).join(''),
        );
      }),
    );
  });

  it('convert offsets both ways without loss', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const index = new CodePointIndex(text);
        for (let cp = 0; cp <= index.length; cp++) {
          expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
        }
      }),
    );
  });

  it('rejects offsets outside the text', () => {
    const index = new CodePointIndex('𠀀a');
    expect(() => index.toUtf16(3)).toThrow(RangeError);
    expect(() => index.toCodePoint(4)).toThrow(RangeError);
    expect(index.toCodePoint(1)).toBe(0); // inside the surrogate pair rounds down
  });
});
