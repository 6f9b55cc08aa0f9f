import { useArticlesStore } from '../articles/articles-store';

const waiting = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * A value write may move its article on (the first edit turns `new` into `in progress`), so the
 * list badge and the reader's revision are refreshed shortly after writes settle (once for a
 * burst of writes).
 */
export function refreshArticleStatus(articleId: number): void {
  clearTimeout(waiting.get(articleId));
  waiting.set(
    articleId,
    setTimeout(() => {
      waiting.delete(articleId);
      void useArticlesStore.getState().refreshStatus(articleId);
    }, 250),
  );
}
