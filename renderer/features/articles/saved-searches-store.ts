import { create } from 'zustand';
import type { SavedSearch } from '../../../shared/contract/search';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from './articles-store';

interface SavedSearchesState {
  searches: SavedSearch[];
  /** Listing worked: when it fails (an older project server) the menu stays hidden. */
  available: boolean;
  load(): Promise<void>;
  /** Saves the list's current filter and search under a name (an existing name is replaced). */
  saveCurrent(name: string): Promise<boolean>;
  apply(search: SavedSearch): void;
  remove(id: number): Promise<void>;
}

/** Saved searches: a filter and search text kept in the project under a name. */
export const useSavedSearchesStore = create<SavedSearchesState>((set, get) => {
  const fail = (error: unknown) => useArticlesStore.setState({ error: asApiError(error) });
  return {
    searches: [],
    available: false,

    async load() {
      try {
        set({ searches: await api['searches.list']({}), available: true });
      } catch {
        set({ searches: [], available: false });
      }
    },

    async saveCurrent(name) {
      try {
        const saved = await api['searches.save']({
          name,
          filter: useArticlesStore.getState().filter,
        });
        const others = get().searches.filter((s) => s.id !== saved.id && s.name !== saved.name);
        set({ searches: [...others, saved].sort((a, b) => a.name.localeCompare(b.name)) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    apply(search) {
      useArticlesStore.getState().applyFilter(search.filter);
    },

    async remove(id) {
      try {
        await api['searches.delete']({ id });
        set({ searches: get().searches.filter((s) => s.id !== id) });
      } catch (error) {
        fail(error);
      }
    },
  };
});
