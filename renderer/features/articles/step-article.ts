import { stepThrough } from '../shortcuts/panel-order';
import { useArticlesStore } from './articles-store';

/** Best effort: the list is virtualised, so a row far off screen may not be rendered yet. */
export function revealLater(selector: string): void {
  requestAnimationFrame(() =>
    document.querySelector(selector)?.scrollIntoView({ block: 'nearest' }),
  );
}

/** The article after (1) or before (-1) the selected one in the list, if there is one. */
export function adjacentArticle(step: 1 | -1): number | null {
  const { items, selectedId } = useArticlesStore.getState();
  const next = stepThrough(
    items.map((a) => a.id),
    selectedId,
    step,
  );
  return next === null || next === selectedId ? null : next;
}

/** Opens an article of the list, scrolling its row into view. */
export function openArticle(id: number): void {
  void useArticlesStore.getState().select(id);
  revealLater(`[role=option][data-article-id="${id}"]`);
}

/** Opens the article after or before the selected one (j/k). */
export function stepArticle(step: 1 | -1): void {
  const next = adjacentArticle(step);
  if (next !== null) openArticle(next);
}
