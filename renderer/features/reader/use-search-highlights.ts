import { useEffect, useRef, type RefObject } from 'react';
import { scrollIntoReader } from './scroll-into-reader';
import { collectPieces, rangeFor } from './text-pieces';

/**
 * Paints the article list's search query wherever it occurs in the reader (its own highlight
 * style, under the provenance colours) and the current match above everything, scrolled into
 * view when the article or query is new and on every step.
 */
export function useSearchHighlights(
  container: RefObject<HTMLElement | null>,
  /** Document ranges of the matches (searchMatches), in order. */
  matches: readonly { start: number; end: number }[],
  /** What the reader's text nodes were built from (original or reading view): paint again on a change. */
  textVersion: unknown,
  current: number,
  /**
   * Scroll the current match into view when this changes: a new article, query or view, or a
   * step through the matches. Not when the same article's text is refreshed after an edit, which
   * would take the curator away from where they were reading.
   */
  scrollKey: string,
): void {
  const ranges = useRef<(Range | null)[]>([]);
  useEffect(() => {
    const element = container.current;
    ranges.current = [];
    if (!element || matches.length === 0) return;
    if (!highlightsSupported()) return;
    const pieces = collectPieces(element);
    ranges.current = matches.map((match) => rangeFor(pieces, match.start, match.end));
    const highlight = new Highlight();
    for (const range of ranges.current) if (range) highlight.add(range);
    highlight.priority = -1;
    CSS.highlights.set('search-match', highlight);
    return () => {
      CSS.highlights.delete('search-match');
    };
  }, [container, matches, textVersion]);
  useEffect(() => {
    const range = ranges.current[current];
    if (!range || !highlightsSupported()) return;
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set('search-current', highlight);
    return () => {
      CSS.highlights.delete('search-current');
    };
  }, [matches, textVersion, current]);
  useEffect(() => {
    const element = container.current;
    const range = ranges.current[current];
    if (element && range) scrollIntoReader(element, range);
    // The ranges of this render are in place (the effect above ran first); only a new key scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollKey]);
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}
