import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useViewStore } from '../review/view-store';
import { toFieldSchema } from '../schema/schema-draft';
import type { GridCursor } from '../../../shared/contract/grid';
import { emptySelection } from './grid-selection';
import type { GetGrid, GridState, SetGrid } from './grid-state';

/** Rows fetched per page: a screen or two; the next page loads as the list nears its end. */
const PAGE = 100;

type QueryPart = Pick<
  GridState,
  | 'schemaFields'
  | 'fields'
  | 'filter'
  | 'sort'
  | 'descending'
  | 'rows'
  | 'next'
  | 'total'
  | 'loading'
  | 'error'
  | 'open'
  | 'reload'
  | 'loadMore'
  | 'setFields'
  | 'setFilter'
  | 'sortBy'
>;

/** The grid's query (fields, filter, sort) and its rows, page by page. */
export function createQueryPart(set: SetGrid, get: GetGrid): QueryPart {
  // Each reload gets a number: a slow answer to an earlier query must not land over a newer one.
  let generation = 0;
  const query = (after: GridCursor | null) => {
    const { fields, filter, sort, descending } = get();
    return { fields, filter, sort, descending, after, limit: PAGE, count: after === null };
  };
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
  };
}
