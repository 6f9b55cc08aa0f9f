import { create } from 'zustand';
import type { ArticleFieldsPayload } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useImportStore } from '../import/import-store';

interface FieldsState {
  articleId: number | null;
  data: ArticleFieldsPayload | null;
  /** The value whose spans are focused in the reader. */
  focusedValueId: number | null;
  error: ApiError | null;
  load(articleId: number): Promise<void>;
  focus(valueId: number | null): void;
  setState(valueId: number, state: 'accepted' | 'rejected' | 'suggested'): Promise<void>;
  /** Runs extraction again over the project (a job: progress shows in the header). */
  rerunExtraction(): Promise<void>;
}

/** The selected article's field values. Stores are the only code that calls the api. */
export const useFieldsStore = create<FieldsState>((set, get) => ({
  articleId: null,
  data: null,
  focusedValueId: null,
  error: null,

  async load(articleId) {
    set({ articleId, focusedValueId: null });
    try {
      const data = await api['articles.fields']({ id: articleId });
      if (get().articleId === articleId) set({ data, error: null });
    } catch (error) {
      set({
        data: null,
        error: asApiError(error),
      });
    }
  },

  focus(valueId) {
    set({ focusedValueId: valueId });
  },

  async rerunExtraction() {
    try {
      await api['extraction.rerun']({});
      await useImportStore.getState().discoverJobs();
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  async setState(valueId, state) {
    const data = get().data;
    const value = data?.values.find((v) => v.id === valueId);
    if (!data || !value) return;
    try {
      const saved = await api['values.setState']({ valueId, state, revision: value.revision });
      set({
        data: {
          ...data,
          values: data.values.map((v) =>
            v.id === valueId ? { ...v, state: state, revision: saved.revision } : v,
          ),
        },
        error: null,
      });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },
}));
