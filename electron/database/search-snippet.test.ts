import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNIPPET_CONTEXT, searchMatch } from './search-snippet';

describe('searchMatch', () => {
  it('prefers the title, folds ASCII case and marks every occurrence in code points', () => {
    expect(searchMatch('Hospital NEWS', 'news everywhere', 'news')).toEqual({
      snippet: 'Hospital NEWS',
      ranges: [{ start: 9, end: 13 }],
    });
    expect(searchMatch('', '𠀋医院𠀋医院', '医院')).toEqual({
      snippet: '𠀋医院𠀋医院',
      ranges: [
        { start: 1, end: 3 },
        { start: 4, end: 6 },
      ],
    });
    expect(searchMatch('标题', '正文', '医院')).toBeNull();
  });

  it('finds a query broken over two lines and marks it with its line break', () => {
    expect(searchMatch('无关的标题', '本院胸痛\r\n中心通过认证', '胸痛中心')).toEqual({
      snippet: '本院胸痛\r\n中心通过认证',
      ranges: [{ start: 2, end: 8 }],
    });
    expect(searchMatch('', '𠀋医\n院，医院', '医院')).toEqual({
      snippet: '𠀋医\n院，医院',
      ranges: [
        { start: 1, end: 4 },
        { start: 5, end: 7 },
      ],
    });
    // One break at most, and a blank line is a paragraph break, not a broken word.
    expect(searchMatch('', '胸\n痛\n中心', '胸痛中心')).toBeNull();
    expect(searchMatch('', '胸痛\n\n中心', '胸痛中心')).toBeNull();
  });

  it('cuts about 30 code points either side, never a surrogate pair or a match in half', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('医', '院', '𠀋', 'a', 'B', '\n', '\r\n', '省'), {
          maxLength: 200,
        }),
        fc.constantFrom('医院', '省', '𠀋a', 'b医'),
        (chars, query) => {
          const body = chars.join('');
          const match = searchMatch('', body, query);
          const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
          // The query itself, or with one line break between two of its characters.
          const points = [...query];
          const occurrences = points.map((_, gap) =>
            gap === 0
              ? [query]
              : ['\n', '\r\n'].map(
                  (b) => points.slice(0, gap).join('') + b + points.slice(gap).join(''),
                ),
          );
          const forms = occurrences.flat().map(fold);
          if (!forms.some((form) => fold(body).includes(form))) {
            expect(match).toBeNull();
            return;
          }
          expect(match).not.toBeNull();
          expect(body).toContain(match!.snippet);
          const snippet = [...match!.snippet];
          expect(snippet.join('')).toBe(match!.snippet); // whole code points only
          // Context either side, the first match and at most one more cut off at the end.
          expect(snippet.length).toBeLessThanOrEqual(
            2 * SNIPPET_CONTEXT + 2 * ([...query].length + 2),
          );
          expect(match!.ranges.length).toBeGreaterThan(0);
          for (const r of match!.ranges)
            expect(forms).toContain(fold(snippet.slice(r.start, r.end).join('')));
        },
      ),
      { numRuns: 500 },
    );
  });
});
