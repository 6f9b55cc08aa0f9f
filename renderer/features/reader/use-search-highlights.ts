import { useEffect, useMemo, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { collectPieces, rangeFor } from './text-pieces';

/** More matches than this are not painted: the text is then mostly the query anyway. */
const maxMatches = 5000;

/**
 * Document ranges where `query` occurs in the article's segments, case-insensitively (the list's
 * trigram search matches substrings the same way).
 */
export function searchMatches(
  segments: ArticleDetail['segments'],
  query: string,
): { start: number; end: number }[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const length = Array.from(needle).length;
  const matches: { start: number; end: number }[] = [];
  for (const segment of segments) {
    const haystack = segment.text.toLocaleLowerCase();
    if (haystack.length !== segment.text.length) continue; // case folding moved offsets: skip
    const index = new CodePointIndex(segment.text);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const start = segment.start + index.toCodePoint(at);
      matches.push({ start, end: start + length });
      if (matches.length >= maxMatches) return matches;
    }
  }
  return matches;
}

/**
 * Paints the article list's search query wherever it occurs in the reader (its own highlight
 * style, under the provenance colours). Returns how many matches were painted.
 */
export function useSearchHighlights(
  container: RefObject<HTMLElement | null>,
  detail: ArticleDetail | null,
  query: string | null,
  /** What the reader's text nodes were built from (original or reading view): paint again on a change. */
  textVersion: unknown,
): number {
  const matches = useMemo(
    () => (detail && query ? searchMatches(detail.segments, query) : []),
    [detail, query],
  );
  useEffect(() => {
    const element = container.current;
    if (!element || matches.length === 0) return;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const pieces = collectPieces(element);
    const highlight = new Highlight();
    for (const match of matches) {
      const range = rangeFor(pieces, match.start, match.end);
      if (range) highlight.add(range);
    }
    highlight.priority = -1;
    CSS.highlights.set('search-match', highlight);
    return () => {
      CSS.highlights.delete('search-match');
    };
  }, [container, matches, textVersion]);
  return matches.length;
}
