import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';

interface SegmentationState {
  /** A correction is on its way: the menu waits rather than sending a second one. */
  busy: boolean;
  error: ApiError | null;
  /** Splits the article in two at a document offset (code points); shows the second part. */
  split(articleId: number, at: number): Promise<boolean>;
  /** Merges articles of one page into the first one given, and shows it. */
  merge(articleIds: number[]): Promise<boolean>;
  /** Moves the text of [start, end) from one article to another; stays on the first one. */
  moveRange(fromId: number, toId: number, start: number, end: number): Promise<boolean>;
  dismissError(): void;
}

/** Ids of the articles the list currently shows for one document. */
function articleIdsOfDocument(documentId: number): Set<number> {
  return new Set(
    useArticlesStore
      .getState()
      .items.filter((a) => a.documentId === documentId)
      .map((a) => a.id),
  );
}

function documentOf(articleId: number): number | undefined {
  const articles = useArticlesStore.getState();
  if (articles.detail?.id === articleId) return articles.detail.documentId;
  return articles.items.find((a) => a.id === articleId)?.documentId;
}

/**
 * Segmentation corrections of a page. Every correction rewrites the page's articles, so the list
 * is reloaded afterwards and the article the curator should look at next is selected.
 */
export const useSegmentationStore = create<SegmentationState>((set, get) => {
  async function run(
    correct: () => Promise<{ articleIds: number[] }>,
    next: (articleIds: number[]) => number | undefined,
  ): Promise<boolean> {
    if (get().busy) return false;
    set({ busy: true, error: null });
    try {
      const result = await correct();
      const articles = useArticlesStore.getState();
      await articles.loadList();
      const target = next(result.articleIds);
      if (target !== undefined) await useArticlesStore.getState().select(target);
      set({ busy: false });
      return true;
    } catch (error) {
      set({ busy: false, error: asApiError(error) });
      // A refusal often means the page changed elsewhere: show it as it is now.
      void useArticlesStore.getState().loadList();
      return false;
    }
  }

  return {
    busy: false,
    error: null,

    split(articleId, at) {
      const documentId = documentOf(articleId);
      const before =
        documentId === undefined ? new Set<number>() : articleIdsOfDocument(documentId);
      return run(
        () => api['articles.split']({ articleId, at }),
        // The answer lists the page's articles; the one not there before is the second part.
        (ids) => ids.find((id) => !before.has(id)) ?? articleId,
      );
    },

    merge(articleIds) {
      return run(
        () => api['articles.merge']({ articleIds }),
        () => articleIds[0],
      );
    },

    moveRange(fromId, toId, start, end) {
      return run(
        () => api['articles.moveRange']({ fromArticleId: fromId, toArticleId: toId, start, end }),
        () => fromId,
      );
    },

    dismissError() {
      set({ error: null });
    },
  };
});
