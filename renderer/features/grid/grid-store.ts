import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type {
  GridCursor,
  GridFilter,
  GridOutcome,
  GridRow,
  GridSort,
} from '../../../shared/contract/grid';
import type { Field } from '../../../shared/schema';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { useViewStore } from '../review/view-store';
import { toFieldSchema } from '../schema/schema-draft';
import {
  emptySelection,
  extend,
  moveTo,
  selectAll,
  toggle,
  type GridSelection,
} from './grid-selection';

/** Rows fetched per page: a screen or two; the next page loads as the list nears its end. */
const PAGE = 100;
/** The most values one bulk call names (the contract's limit): larger selections go in turns. */
const BULK_CHUNK = 2000;

export type GridFilterState = Required<Pick<GridFilter, 'states'>> & Omit<GridFilter, 'states'>;

interface GridState {
  /** The schema's fields (labels, types) for the field picker and the value column. */
  schemaFields: Field[];
  fields: string[];
  filter: GridFilterState;
  sort: GridSort;
  descending: boolean;
  rows: GridRow[];
  next: GridCursor | null;
  total: number | null;
  loading: boolean;
  selection: GridSelection;
  /** What the last bulk action did, for the line under the toolbar. */
  outcome: GridOutcome | null;
  editing: boolean;
  error: ApiError | null;
  open(): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  setFields(fields: string[]): void;
  setFilter(change: Partial<GridFilterState>): void;
  sortBy(sort: GridSort): void;
  moveCursor(index: number): void;
  extendSelection(step: 1 | -1): void;
  toggleSelected(): void;
  selectAllLoaded(): void;
  setStates(state: 'accepted' | 'rejected'): Promise<void>;
  setEditing(editing: boolean): void;
  edit(text: string): Promise<void>;
  openAtCursor(): Promise<void>;
}

const ids = (rows: readonly GridRow[]) => rows.map((r) => r.valueId);

/** Splits `items` into the contract's bulk size and merges what each call did. */
async function inChunks<T>(
  items: readonly T[],
  call: (chunk: T[]) => Promise<GridOutcome>,
): Promise<GridOutcome> {
  const outcome: GridOutcome = { done: [], refused: [] };
  for (let i = 0; i < items.length; i += BULK_CHUNK) {
    const part = await call(items.slice(i, i + BULK_CHUNK));
    outcome.done.push(...part.done);
    outcome.refused.push(...part.refused);
  }
  return outcome;
}

/** The field grid: one query's rows page by page, the keyboard selection and bulk actions. */
export const useGridStore = create<GridState>((set, get) => {
  // Each reload gets a number: a slow answer to an earlier query must not land over a newer one.
  let generation = 0;
  const query = (after: GridCursor | null) => {
    const { fields, filter, sort, descending } = get();
    return { fields, filter, sort, descending, after, limit: PAGE, count: after === null };
  };
  const selectedRows = () => get().rows.filter((r) => get().selection.selected.has(r.valueId));

  return {
    schemaFields: [],
    fields: [],
    filter: { states: [] },
    sort: 'article',
    descending: false,
    rows: [],
    next: null,
    total: null,
    loading: false,
    selection: emptySelection,
    outcome: null,
    editing: false,
    error: null,

    async open() {
      useViewStore.getState().setView('grid');
      try {
        const { schema } = await api['schema.get']({});
        set({ schemaFields: toFieldSchema(schema).fields.filter((f) => !f.retired) });
      } catch (error) {
        set({ error: asApiError(error) });
      }
      await get().reload();
    },

    async reload() {
      const mine = ++generation;
      set({ loading: true, rows: [], next: null, total: null, selection: emptySelection });
      try {
        const page = await api['grid.list'](query(null));
        if (mine !== generation) return;
        set({ rows: page.rows, next: page.next, total: page.total, loading: false, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },

    async loadMore() {
      const { next, loading } = get();
      if (!next || loading) return;
      const mine = generation;
      set({ loading: true });
      try {
        const page = await api['grid.list'](query(next));
        if (mine !== generation) return;
        set({ rows: [...get().rows, ...page.rows], next: page.next, loading: false });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },

    setFields(fields) {
      set({ fields });
      void get().reload();
    },
    setFilter(change) {
      set({ filter: { ...get().filter, ...change } });
      void get().reload();
    },
    sortBy(sort) {
      set({ sort, descending: get().sort === sort ? !get().descending : false });
      void get().reload();
    },

    moveCursor: (index) => set({ selection: moveTo(get().selection, index, get().rows.length) }),
    extendSelection: (step) => set({ selection: extend(get().selection, step, ids(get().rows)) }),
    toggleSelected: () => set({ selection: toggle(get().selection, ids(get().rows)) }),
    selectAllLoaded: () => set({ selection: selectAll(get().selection, ids(get().rows)) }),

    async setStates(state) {
      const items = selectedRows().map((r) => ({
        valueId: r.valueId,
        revision: r.revision,
        state,
      }));
      if (items.length === 0) return;
      try {
        const outcome = await inChunks(items, (chunk) => api['grid.setStates']({ items: chunk }));
        const written = new Map(outcome.done.map((d) => [d.valueId, d.revision]));
        set({
          outcome,
          rows: get().rows.map((r) =>
            written.has(r.valueId) ? { ...r, state, revision: written.get(r.valueId)! } : r,
          ),
        });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    setEditing: (editing) => set({ editing }),

    async edit(text) {
      const items = selectedRows().map((r) => ({ valueId: r.valueId, revision: r.revision }));
      if (items.length === 0) return;
      try {
        const outcome = await inChunks(items, (chunk) => api['grid.edit']({ items: chunk, text }));
        set({ editing: false });
        // The main side parsed the text by each field's type: show what it stored.
        const cursor = get().selection.cursor;
        await get().reload();
        set({ outcome, selection: moveTo(get().selection, cursor, get().rows.length) });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    async openAtCursor() {
      const row = get().rows[get().selection.cursor];
      if (!row) return;
      useViewStore.getState().setView('reader');
      await useArticlesStore.getState().select(row.articleId);
      // Focused once the article's values are in: the reader then scrolls to the span.
      useFieldsStore.getState().focus(row.valueId);
    },
  };
});
