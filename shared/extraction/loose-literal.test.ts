import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../values/find-mentions';
import { findLooseLiteral } from './loose-literal';

/** What the rule compiled before: the line's characters joined by \s*. */
function byRegExp(text: string, squeezed: string): { index: number; length: number } | null {
  const m = new RegExp([...squeezed].map(escapeRegExp).join('\\s*'), 'u').exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}

describe('findLooseLiteral', () => {
  it('finds a headline broken across OCR lines and spaces', () => {
    const text = '导语\n市人民\n医院 新院区\u3000启用。市人民医院新院区启用';
    expect(findLooseLiteral(text, '市人民医院新院区启用')).toEqual({ index: 3, length: 13 });
  });

  it('returns null when a character differs or the text ends first', () => {
    expect(findLooseLiteral('市人民医院新院', '市人民医院新院区')).toBeNull();
    expect(findLooseLiteral('市人民 医 科', '市人民医院')).toBeNull();
  });

  it('treats regex metacharacters and astral characters as themselves', () => {
    expect(findLooseLiteral('a (b) c.d', '(b)c.d')).toEqual({ index: 2, length: 7 });
    expect(findLooseLiteral('x 𠀀 医院', '𠀀医院')).toEqual({ index: 2, length: 5 });
  });

  it('refuses an empty line', () => {
    expect(() => findLooseLiteral('text', '')).toThrow(/non-empty/);
  });

  it('agrees with the regular expression on generated texts', () => {
    // A small alphabet with every kind of whitespace, so that near misses and retries are common.
    const alphabet = ['医', '院', '市', '人', ' ', '\n', '\u3000', '\t', '.', '(', '𠀀', '\r\n'];
    let seed = 19;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const random = (length: number): string =>
      Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const text = random(4 + next(40));
      const squeezed = random(1 + next(4)).replace(/\s+/gu, '');
      if (!squeezed) continue;
      expect(findLooseLiteral(text, squeezed), JSON.stringify([text, squeezed])).toEqual(
        byRegExp(text, squeezed),
      );
    }
  });
});
