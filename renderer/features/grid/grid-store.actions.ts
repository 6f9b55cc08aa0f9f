import type { GridOutcome, GridRow } from '../../../shared/contract/grid';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { useViewStore } from '../review/view-store';
import { emptySelection, extend, moveTo, selectAll, toggle } from './grid-selection';
import type { GetGrid, GridState, SetGrid } from './grid-state';

/** The most values one bulk call names (the contract's limit): larger selections go in turns. */
const BULK_CHUNK = 2000;

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

type ActionsPart = Pick<
  GridState,
  | 'selection'
  | 'outcome'
  | 'editing'
  | 'moveCursor'
  | 'extendSelection'
  | 'toggleSelected'
  | 'selectAllLoaded'
  | 'setStates'
  | 'setEditing'
  | 'edit'
  | 'openAtCursor'
>;

/** The keyboard selection, the bulk actions on it, and opening the article at a value. */
export function createActionsPart(set: SetGrid, get: GetGrid): ActionsPart {
  const selectedRows = () => get().rows.filter((r) => get().selection.selected.has(r.valueId));
  return {
    selection: emptySelection,
    outcome: null,
    editing: false,

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
}
