import { useLayoutEffect, useRef } from 'react';

/**
 * Every article opens at its top (issue 21, item 1): the reader is one scroller for whichever
 * article is shown, and j/k or a click in the list kept the last article's position, hiding the
 * new one's title. A layout effect, so the old position is never painted; the search (its first
 * match) and a focused value (its span) scroll afterwards in their own effects, and win.
 */
export function useOpenAtTop(articleId: number | undefined) {
  const viewport = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (articleId !== undefined) viewport.current?.scrollTo({ top: 0 });
  }, [articleId]);
  return viewport;
}
