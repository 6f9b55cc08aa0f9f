import { create } from 'zustand';
import type { ArticleFieldsPayload, FieldValuePayload } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { forgetValue, rememberValues } from '../editing/value-cache';
import { useImportStore } from '../import/import-store';
import { useLearningStore } from '../learning/learning-store';
import { useValueEditorStore } from './value-editor-store';

/** Marks the start of opening an article: the `gleaner:highlights` measure runs from here. */
export const openStartMark = 'gleaner:open:start';
/** Marks when the opened article's values arrived (the rest of the measure is the renderer's). */
export const openFetchedMark = 'gleaner:open:fetched';

interface FieldsState {
  articleId: number | null;
  data: ArticleFieldsPayload | null;
  /** The article `data` belongs to (the old article's until the new one's values arrive). */
  dataArticleId: number | null;
  /** The value whose spans are focused in the reader. */
  focusedValueId: number | null;
  /** Bumped on every focus, even of the same value again, so the reader pulses its spans. */
  focusCount: number;
  error: ApiError | null;
  load(articleId: number): Promise<void>;
  focus(valueId: number | null): void;
  /** Puts a value the Node side returned into the panel (replacing it, or appending it). */
  applyValue(articleId: number, value: FieldValuePayload): void;
  /** Puts the values of one field, as returned by a reorder, in their new order. */
  applyOrder(articleId: number, fieldKey: string, values: readonly FieldValuePayload[]): void;
  dropValue(articleId: number, valueId: number): void;
  /** Runs extraction again over the project (a job: progress shows in the header). */
  rerunExtraction(): Promise<void>;
}

/** The selected article's field values. Stores are the only code that calls the api. */
export const useFieldsStore = create<FieldsState>((set, get) => ({
  articleId: null,
  data: null,
  dataArticleId: null,
  focusedValueId: null,
  focusCount: 0,
  error: null,

  async load(articleId) {
    if (get().articleId !== articleId) {
      performance.clearMarks(openStartMark);
      performance.mark(openStartMark);
      set({ articleId, focusedValueId: null });
      // An edit box left open on the previous article must not reopen when the curator returns.
      useValueEditorStore.getState().stopEditing();
    }
    try {
      const data = await api['articles.fields']({ id: articleId });
      performance.clearMarks(openFetchedMark);
      performance.mark(openFetchedMark);
      rememberValues(data.values);
      if (get().articleId === articleId) set({ data, dataArticleId: articleId, error: null });
      void useLearningStore.getState().loadEvidence(articleId, data.values);
    } catch (error) {
      set({
        data: null,
        dataArticleId: null,
        error: asApiError(error),
      });
    }
  },

  focus(valueId) {
    set({ focusedValueId: valueId, focusCount: get().focusCount + 1 });
  },

  applyValue(articleId, value) {
    rememberValues([value]);
    const data = get().data;
    if (!data || get().dataArticleId !== articleId) return;
    const exists = data.values.some((v) => v.id === value.id);
    set({
      data: {
        ...data,
        values: exists
          ? data.values.map((v) => (v.id === value.id ? value : v))
          : [...data.values, value],
      },
      error: null,
    });
  },

  applyOrder(articleId, fieldKey, values) {
    rememberValues(values);
    const data = get().data;
    if (!data || get().dataArticleId !== articleId) return;
    const others = data.values.filter((v) => v.fieldKey !== fieldKey);
    set({ data: { ...data, values: [...others, ...values] }, error: null });
  },

  dropValue(articleId, valueId) {
    forgetValue(valueId);
    const data = get().data;
    if (!data || get().dataArticleId !== articleId) return;
    set({
      data: { ...data, values: data.values.filter((v) => v.id !== valueId) },
      focusedValueId: get().focusedValueId === valueId ? null : get().focusedValueId,
    });
  },

  async rerunExtraction() {
    try {
      await api['extraction.rerun']({});
      await useImportStore.getState().discoverJobs();
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },
}));

// When an import or extraction job ends (a re-run, an interrupted import completed on open), the
// open article may have new suggestions: its panel reloads, whichever window started the job.
useImportStore.subscribe((state, previous) => {
  const ended = previous.job?.status === 'running' && state.job?.status !== 'running';
  const { articleId, load } = useFieldsStore.getState();
  if (ended && articleId !== null) void load(articleId);
});
