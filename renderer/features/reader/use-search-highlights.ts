import { useEffect, useMemo, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { searchPattern } from '../../../shared/text/search-pattern';
import { collectPieces, rangeFor } from './text-pieces';

/** More matches than this are not painted: the text is then mostly the query anyway. */
const maxMatches = 5000;

/**
 * Document ranges where `query` occurs in the article's segments, as the list's search matches it
 * (searchPattern: ASCII case folded, one line break allowed inside, covered by the range).
 */
export function searchMatches(
  segments: ArticleDetail['segments'],
  query: string,
): { start: number; end: number }[] {
  const pattern = searchPattern(query.trim());
  if (!pattern) return [];
  const matches: { start: number; end: number }[] = [];
  for (const segment of segments) {
    const index = new CodePointIndex(segment.text);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
      matches.push({
        start: segment.start + index.toCodePoint(match.index),
        end: segment.start + index.toCodePoint(match.index + match[0].length),
      });
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
