import { create } from 'zustand';
import type { ArticleDetail, ArticleSummary } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useFieldsStore } from '../fields/fields-store';

const selectionKey = 'gleaner.selectedArticle';

interface ArticlesState {
  items: ArticleSummary[];
  total: number;
  loading: boolean;
  selectedId: number | null;
  detail: ArticleDetail | null;
  error: ApiError | null;
  loadList(): Promise<void>;
  select(id: number): Promise<void>;
  dismissError(): void;
  /** Re-reads the document with another encoding; its articles are rebuilt, so the list reloads. */
  redecode(documentId: number, encoding: string): Promise<void>;
}

/** Articles and the selection. Stores are the only code that calls the api. */
export const useArticlesStore = create<ArticlesState>((set, get) => ({
  items: [],
  total: 0,
  loading: false,
  selectedId: null,
  detail: null,
  error: null,

  async loadList() {
    set({ loading: true });
    try {
      const page = await api['articles.list']({ offset: 0, limit: 1000 });
      set({ items: page.items, total: page.total, loading: false });
      const saved = Number(localStorage.getItem(selectionKey));
      const first = page.items[0];
      if (get().selectedId === null) {
        if (Number.isInteger(saved) && saved > 0) await get().select(saved);
        else if (first) await get().select(first.id);
      }
    } catch (error) {
      set({ loading: false, error: asApiError(error) });
    }
  },

  async select(id) {
    set({ selectedId: id });
    localStorage.setItem(selectionKey, String(id));
    void useFieldsStore.getState().load(id);
    try {
      const detail = await api['articles.get']({ id });
      // A slow answer for an article the user already left must not replace the current one.
      if (get().selectedId === id) set({ detail });
    } catch (error) {
      set({ detail: null, error: asApiError(error) });
    }
  },

  dismissError() {
    set({ error: null });
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
}));
