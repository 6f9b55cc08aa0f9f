import { useEffect, useMemo, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { useSearchMatchHotkeys } from './SearchMatchNavigator';
import { currentMatch, useSearchMatchStore } from './search-match-store';
import { searchMatches } from './search-matches';
import { useSearchHighlights } from './use-search-highlights';

/**
 * The article list's search query painted in the reader's text, and where the reader is among
 * its matches: a new article or query starts at the first (at the last when F3 stepped back into
 * it from the next article).
 */
export function useReaderSearch(
  textRef: RefObject<HTMLElement | null>,
  detail: ArticleDetail | null,
  query: string | null,
  /** What the text nodes were built from, and the view, so highlights are set again. */
  shownText: unknown,
  mode: string,
): { matches: readonly { start: number; end: number }[]; currentMatchIndex: number } {
  const matches = useMemo(
    () => (detail && query ? searchMatches(detail.segments, query) : []),
    [detail, query],
  );
  const matchKey = detail && query ? `${detail.id}\u0000${query}` : null;
  const currentMatchIndex = useSearchMatchStore((s) => currentMatch(s, matchKey, matches.length));
  const matchMoves = useSearchMatchStore((s) => s.moves);
  useSearchHighlights(
    textRef,
    matches,
    shownText,
    currentMatchIndex,
    `${matchKey}\u0000${mode}\u0000${currentMatchIndex}\u0000${matchMoves}`,
  );
  useEffect(() => {
    useSearchMatchStore.getState().show(matchKey, matches.length);
  }, [matchKey, matches.length]);
  useSearchMatchHotkeys();
  return { matches, currentMatchIndex };
}
