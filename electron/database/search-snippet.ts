/** Code points shown either side of the first match. */
export const SNIPPET_CONTEXT = 30;

export interface SearchMatch {
  snippet: string;
  /** Code-point ranges of every occurrence of the query inside `snippet`. */
  ranges: { start: number; end: number }[];
}

/** Lower-cases ASCII only, as the trigram index and LIKE do; keeps every UTF-16 unit in place. */
const foldAscii = (text: string): string => text.replace(/[A-Z]+/g, (c) => c.toLowerCase());

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
 * Where `query` occurs: the title when it matches there, else about SNIPPET_CONTEXT code points
 * of text either side of the first match, with every occurrence inside. Works on UTF-16 with
 * indexOf (a page of 200 long articles costs milliseconds) and reports code points. Null when
 * the query occurs in neither (a match that spans two of the article's ranges, say).
 */
export function searchMatch(title: string, body: string, query: string): SearchMatch | null {
  const needle = foldAscii(query);
  if (needle === '') return null;
  for (const source of [title, body]) {
    const folded = foldAscii(source);
    const first = folded.indexOf(needle);
    if (first < 0) continue;
    const start = stepCodePoints(source, first, -SNIPPET_CONTEXT);
    let end = stepCodePoints(source, first + needle.length, SNIPPET_CONTEXT);
    // Do not cut a later occurrence in half at the end of the window.
    const straddling = folded.lastIndexOf(needle, end - 1);
    if (straddling >= 0 && straddling + needle.length > end) end = straddling + needle.length;
    const snippet = source.slice(start, end);
    const ranges: SearchMatch['ranges'] = [];
    const length = codePoints(query);
    for (let at = folded.indexOf(needle, start); at >= 0 && at + needle.length <= end;) {
      const offset = codePoints(source.slice(start, at));
      ranges.push({ start: offset, end: offset + length });
      at = folded.indexOf(needle, at + needle.length);
    }
    return { snippet, ranges };
  }
  return null;
}
