import { api } from '../../api/client';
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
      void load(articleId);
    }, 250),
  );
}

async function load(articleId: number): Promise<void> {
  try {
    const fresh = await api['articles.get']({ id: articleId });
    useArticlesStore.setState((s) => ({
      items: s.items.map((item) =>
        item.id === articleId ? { ...item, status: fresh.status } : item,
      ),
      detail:
        s.detail?.id === articleId
          ? { ...s.detail, status: fresh.status, revision: fresh.revision }
          : s.detail,
    }));
  } catch {
    // Only a badge goes stale; the next write or reload refreshes it.
  }
}
