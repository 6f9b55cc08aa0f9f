import { searchPattern } from '../../shared/text/search-pattern';

/** Code points shown either side of the first match. */
export const SNIPPET_CONTEXT = 30;

export interface SearchMatch {
  snippet: string;
  /** Code-point ranges of every occurrence of the query inside `snippet`. */
  ranges: { start: number; end: number }[];
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Moves `count` code points back (negative) or forward from a UTF-16 offset, within the text. */
function stepCodePoints(text: string, from: number, count: number): number {
  let at = from;
  const step = count < 0 ? -1 : 1;
  for (let n = Math.abs(count); n > 0 && at > 0 && at < text.length; n--) {
    at += step;
    // Never stop between the two halves of a surrogate pair.
    if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at))) at += step;
  }
  return Math.max(0, Math.min(text.length, at));
}

const codePoints = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isLowSurrogate(text.charCodeAt(i))) n++;
  return n;
};

/**
 * Where `query` occurs (see searchPattern: ASCII case folded, one line break allowed inside): the
 * title when it matches there, else about SNIPPET_CONTEXT code points of text either side of the
 * first match, with every occurrence inside, each range covering the line break it holds. Works on
 * UTF-16 with one RegExp (a page of 200 long articles costs milliseconds) and reports code points.
 * Null when the query occurs in neither (a match that spans two of the article's ranges, say).
 */
export function searchMatch(title: string, body: string, query: string): SearchMatch | null {
  const pattern = searchPattern(query);
  if (!pattern) return null;
  for (const source of [title, body]) {
    pattern.lastIndex = 0;
    const first = pattern.exec(source);
    if (!first) continue;
    const start = stepCodePoints(source, first.index, -SNIPPET_CONTEXT);
    let end = stepCodePoints(source, first.index + first[0].length, SNIPPET_CONTEXT);
    const found: { at: number; length: number }[] = [];
    pattern.lastIndex = first.index;
    for (
      let match = pattern.exec(source);
      match && match.index < end;
      match = pattern.exec(source)
    ) {
      // Do not cut a later occurrence in half at the end of the window.
      end = Math.max(end, match.index + match[0].length);
      found.push({ at: match.index, length: match[0].length });
    }
    const ranges = found.map(({ at, length }) => {
      const offset = codePoints(source.slice(start, at));
      return { start: offset, end: offset + codePoints(source.slice(at, at + length)) };
    });
    return { snippet: source.slice(start, end), ranges };
  }
  return null;
}
