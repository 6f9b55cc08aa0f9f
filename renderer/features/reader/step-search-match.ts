import { adjacentArticle, openArticle } from '../articles/step-article';
import { leavesArticle, useSearchMatchStore } from './search-match-store';

/**
 * F3 / Shift+F3: the next or previous search match. Past the article's last match it goes on to
 * the next article of the list (which the search filters) at its first match, and before the
 * first back to the previous article at its last; at either end of the list it wraps round within
 * the article.
 */
export function stepSearchMatch(direction: 1 | -1): void {
  const matches = useSearchMatchStore.getState();
  const next = leavesArticle(matches.index, matches.count, direction)
    ? adjacentArticle(direction)
    : null;
  if (next === null) {
    matches.step(direction);
    return;
  }
  // Before the article is selected: the reader may show it at once.
  matches.enterAt(direction === 1 ? 'first' : 'last');
  openArticle(next);
}
