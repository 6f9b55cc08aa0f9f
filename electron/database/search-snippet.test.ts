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

  it('cuts about 30 code points either side, never a surrogate pair or a match in half', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('医', '院', '𠀋', 'a', 'B', '\n', '省'), { maxLength: 200 }),
        fc.constantFrom('医院', '省', '𠀋a', 'b医'),
        (chars, query) => {
          const body = chars.join('');
          const match = searchMatch('', body, query);
          const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
          if (!fold(body).includes(fold(query))) {
            expect(match).toBeNull();
            return;
          }
          expect(match).not.toBeNull();
          expect(body).toContain(match!.snippet);
          const snippet = [...match!.snippet];
          expect(snippet.join('')).toBe(match!.snippet); // whole code points only
          expect(snippet.length).toBeLessThanOrEqual(2 * SNIPPET_CONTEXT + 2 * [...query].length);
          expect(match!.ranges.length).toBeGreaterThan(0);
          for (const r of match!.ranges)
            expect(fold(snippet.slice(r.start, r.end).join(''))).toBe(fold(query));
        },
      ),
      { numRuns: 500 },
    );
  });
});
