import { create } from 'zustand';
import { onImportJobEnd } from '../import/import-store';
import type { ArticlesState } from './articles-state';
import { createListPart } from './articles-store.list';
import { createSelectionPart } from './articles-store.selection';

export type { ArticlesState } from './articles-state';
export { rowHeightFor } from './articles-store.list';

/**
 * Articles and the selection: the lazily paged list (articles-store.list.ts) and the article
 * the reader shows (articles-store.selection.ts).
 */
export const useArticlesStore = create<ArticlesState>((set, get) => ({
  ...createListPart(set, get),
  ...createSelectionPart(set, get),
  error: null,
  dismissError: () => set({ error: null }),
}));

// An import or an extraction run changes the list (new articles, new statuses).
onImportJobEnd(() => useArticlesStore.getState().loadList());
