/**
 * What "the text matches a search query" means, once for the article list's SQL, its snippets
 * and the reader's marks. OCR'd pages break lines mid-word ("胸痛\n中心" for 胸痛中心), and the
 * stored text must keep those breaks (offsets rule), so a query typed on one line also matches
 * the text with ONE line break (LF or CRLF: text files keep their CRLFs) between two of its
 * characters. One break, not one per gap: the SQL has to list every variant for the trigram
 * index, and a word broken twice would be longer than an OCR line. ASCII letters match in either
 * case and nothing else is folded, as the trigram index and SQLite's LIKE and lower() do.
 */

/** Line breaks a match may hold, as stored. */
export const SEARCH_LINE_BREAKS = ['\n', '\r\n'] as const;

/**
 * Queries longer than this (in code points) match only as typed: each extra character adds two
 * index lookups to the list's SQL, and nobody types a line's worth of text to find a broken word.
 */
export const MAX_BREAKABLE_QUERY = 64;

/** The query cut into code points, so a break never lands inside a surrogate pair. */
const codePointsOf = (query: string): string[] => Array.from(query);

/**
 * Every text that counts as an occurrence of `query`: the query itself first, then for each gap
 * between two code points the query with "\n" and with "\r\n" in that gap (1 + 2·(n−1) texts for
 * n code points). Every variant but the first has 3+ characters, so even a 2-character query's
 * broken forms go through the trigram index.
 */
export function searchVariants(query: string): string[] {
  const chars = codePointsOf(query);
  const variants = [query];
  if (chars.length > MAX_BREAKABLE_QUERY) return variants;
  for (let gap = 1; gap < chars.length; gap++) {
    const before = chars.slice(0, gap).join('');
    const after = chars.slice(gap).join('');
    for (const lineBreak of SEARCH_LINE_BREAKS) variants.push(before + lineBreak + after);
  }
  return variants;
}

/** Regex syntax characters, which a query must match literally. */
const syntax = /[\\^$.*+?()[\]{}|/]/;

/** One code point as a regex (with the `u` flag) that matches it literally, ASCII in either case. */
function literal(char: string): string {
  if (/^[A-Za-z]$/.test(char)) return `[${char.toLowerCase()}${char.toUpperCase()}]`;
  return syntax.test(char) ? `\\${char}` : char;
}

/**
 * A global, Unicode-aware RegExp finding every occurrence of `query` (see searchVariants), or null
 * for an empty query. Match offsets are UTF-16 offsets into the searched text; the match's
 * length includes the line break it holds.
 */
export function searchPattern(query: string): RegExp | null {
  const chars = codePointsOf(query).map(literal);
  if (chars.length === 0) return null;
  const alternatives = [chars.join('')];
  if (chars.length <= MAX_BREAKABLE_QUERY)
    for (let gap = 1; gap < chars.length; gap++)
      alternatives.push(`${chars.slice(0, gap).join('')}\\r?\\n${chars.slice(gap).join('')}`);
  return new RegExp(alternatives.join('|'), 'gu');
}

/** Whether `text` holds an occurrence of `query` (false for an empty query). */
export function matchesSearch(text: string, query: string): boolean {
  return searchPattern(query)?.test(text) ?? false;
}
