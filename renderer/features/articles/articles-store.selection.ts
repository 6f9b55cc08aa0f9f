import { api } from '../../api/client';
import { asApiError } from '../../api/as-api-error';
import { useFieldsStore } from '../fields/fields-store';
import type { ArticlesState, GetArticles, SetArticles } from './articles-state';
import { writeSelection } from './list-persistence';

type SelectionPart = Pick<
  ArticlesState,
  'selectedId' | 'detail' | 'select' | 'refreshStatus' | 'redecode'
>;

/** The article shown in the reader, and the writes that change which one that is. */
export function createSelectionPart(set: SetArticles, get: GetArticles): SelectionPart {
  return {
    selectedId: null,
    detail: null,

    async select(id: number, fallback?: number | null) {
      const shown = get().selectedId;
      set({ selectedId: id });
      writeSelection(id);
      void useFieldsStore.getState().load(id);
      try {
        const detail = await api['articles.get']({ id });
        // A slow answer for an article the user already left must not replace the current one.
        if (get().selectedId === id) set({ detail });
        return true;
      } catch (error) {
        const failure = asApiError(error);
        // A remembered article that no longer exists (merged away, another project) is no error.
        if (fallback !== undefined && failure.code === 'not-found') {
          if (fallback !== null) await get().select(fallback);
          else if (shown !== null) await get().select(shown);
          else set({ selectedId: null, detail: null });
        } else set({ detail: null, error: failure });
        return false;
      }
    },

    async refreshStatus(articleId) {
      try {
        const fresh = await api['articles.get']({ id: articleId });
        set((s) => ({
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
    },

    async redecode(documentId, encoding) {
      try {
        const result = await api['documents.redecode']({ documentId, encoding });
        set({ selectedId: null });
        await get().loadList();
        const first = result.articleIds[0];
        if (first !== undefined) await get().select(first);
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
  };
}
