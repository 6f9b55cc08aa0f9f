import { create } from 'zustand';
import type { ArticleFilter } from '../../../shared/contract/articles';
import type { ApiError } from '../../../shared/contract/errors';
import type { ModelSettings, UngroundedValue } from '../../../shared/contract/model';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useImportStore } from '../import/import-store';

export type SuggestScope =
  | { scope: 'articles'; articleIds: number[] }
  | { scope: 'listed'; filter: ArticleFilter }
  | { scope: 'all' };

interface ModelState {
  dialogOpen: boolean;
  settings: ModelSettings | null;
  /** Set after a save succeeded, until the form changes again. */
  saved: boolean;
  error: ApiError | null;
  /** The values models claimed for `ungroundedArticleId` that are not in its text. */
  ungrounded: UngroundedValue[];
  ungroundedArticleId: number | null;
  openDialog(): Promise<void>;
  closeDialog(): void;
  save(settings: ModelSettings): Promise<void>;
  /** Starts the job; its progress and report show where an import's do. */
  suggest(scope: SuggestScope): Promise<void>;
  loadUngrounded(articleId: number): Promise<void>;
}

/** The project's model: its settings, the "Suggest with model" job, and the ungrounded values. */
export const useModelStore = create<ModelState>((set, get) => ({
  dialogOpen: false,
  settings: null,
  saved: false,
  error: null,
  ungrounded: [],
  ungroundedArticleId: null,

  async openDialog() {
    set({ dialogOpen: true, error: null, saved: false });
    try {
      set({ settings: await api['modelSettings.get']({}) });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  closeDialog: () => set({ dialogOpen: false }),

  async save(settings) {
    try {
      set({ settings: await api['modelSettings.update'](settings), saved: true, error: null });
    } catch (error) {
      set({ error: asApiError(error), saved: false });
    }
  },

  async suggest(scope) {
    try {
      const job = await api['model.suggest'](scope);
      set({ dialogOpen: false, error: null });
      useImportStore.getState().followJob(job);
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  async loadUngrounded(articleId) {
    try {
      const ungrounded = await api['ungrounded.list']({ articleId });
      set({ ungrounded, ungroundedArticleId: articleId });
    } catch {
      // The panel's own load reports a project that cannot be read; this list is extra.
      if (get().ungroundedArticleId !== articleId)
        set({ ungrounded: [], ungroundedArticleId: null });
    }
  },
}));

// A finished job may have claimed values for the open article: its list is read again.
useImportStore.subscribe((state, previous) => {
  const ended = previous.job?.status === 'running' && state.job?.status !== 'running';
  const { ungroundedArticleId, loadUngrounded } = useModelStore.getState();
  if (ended && ungroundedArticleId !== null) void loadUngrounded(ungroundedArticleId);
});
