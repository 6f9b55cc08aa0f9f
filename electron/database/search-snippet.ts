/** Code points shown either side of the first match. */
export const SNIPPET_CONTEXT = 30;

export interface SearchMatch {
  snippet: string;
  /** Code-point ranges of every occurrence of the query inside `snippet`. */
  ranges: { start: number; end: number }[];
}

/** Lower-cases ASCII only, as the trigram index and LIKE do; keeps every code point in place. */
const foldAscii = (chars: string[]): string[] =>
  chars.map((c) => (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c));

/** Code-point offsets of the non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string[], needle: string[]): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  outer: for (let i = 0; i + needle.length <= haystack.length;) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i++;
        continue outer;
      }
    }
    found.push(i);
    i += needle.length;
  }
  return found;
}

/**
 * Where `query` occurs: the title when it matches there (whole, if short), else about
 * SNIPPET_CONTEXT code points of text either side of the first match. Null when it occurs in
 * neither (a match that spans two of the article's ranges, say).
 */
export function searchMatch(title: string, body: string, query: string): SearchMatch | null {
  const needle = foldAscii([...query]);
  for (const source of [title, body]) {
    const chars = [...source];
    const folded = foldAscii(chars);
    const hits = occurrences(folded, needle);
    const first = hits[0];
    if (first === undefined) continue;
    const start = Math.max(0, first - SNIPPET_CONTEXT);
    let end = Math.min(chars.length, first + needle.length + SNIPPET_CONTEXT);
    // Do not cut a later occurrence in half at the end of the window.
    for (const hit of hits) if (hit < end && hit + needle.length > end) end = hit + needle.length;
    const snippet = chars.slice(start, end).join('');
    const ranges = hits
      .filter((hit) => hit >= start && hit + needle.length <= end)
      .map((hit) => ({ start: hit - start, end: hit - start + needle.length }));
    return { snippet, ranges };
  }
  return null;
}
