import { create } from 'zustand';
import type {
  ArticleFilter,
  ArticleListItem,
  ArticleSort,
} from '../../../shared/contract/articles';
import type { ArticleDetail } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useFieldsStore } from '../fields/fields-store';
import {
  readScrollTop,
  readSelection,
  readView,
  writeScrollTop,
  writeSelection,
  writeView,
} from './list-persistence';
import {
  keepUnchangedRows,
  mergeWindow,
  nextRequest,
  wantedRange,
  type RowRange,
} from './list-window';

/** Rows have one fixed height (two more lines for the search snippet), so scroll offsets map to rows exactly. */
export function rowHeightFor(filter: ArticleFilter): number {
  return filter.query ? 104 : 64;
}

interface ArticlesState {
  /** The loaded rows: a contiguous window of the list, starting at list index `windowStart`. */
  items: ArticleListItem[];
  windowStart: number;
  /** How many articles the filter selects (the scrollbar's length). */
  total: number;
  /** The first answer for the current filter has not arrived yet. */
  loading: boolean;
  filter: ArticleFilter;
  sort: ArticleSort;
  descending: boolean;
  /** List indices on screen, reported by the list as it scrolls. */
  visible: RowRange;
  selectedId: number | null;
  detail: ArticleDetail | null;
  error: ApiError | null;
  /** Reads the list again (after an import or an edit) keeping filters and scroll position. */
  loadList(): Promise<void>;
  /** The list shows rows first..last: fetches pages around them that are not loaded yet. */
  showRows(first: number, last: number): void;
  /** Changes some filters; `undefined` removes one. The search text goes through setQuery. */
  setFilter(change: Partial<ArticleFilter>): void;
  /** The whole filter at once (a saved search). */
  applyFilter(filter: ArticleFilter): void;
  setQuery(query: string): void;
  clearFilters(): void;
  setSort(sort: ArticleSort, descending: boolean): void;
  /**
   * Shows an article; `fallback` is shown instead when `id` no longer exists (null: the one shown
   * stays). Resolves false when `id` was not there.
   */
  select(id: number, fallback?: number | null): Promise<boolean>;
  dismissError(): void;
  /** Re-reads the document with another encoding; its articles are rebuilt, so the list reloads. */
  redecode(documentId: number, encoding: string): Promise<void>;
}

/** Drops filter keys that are unset, so the filter sent and saved is the one the user sees. */
function cleanFilter(filter: ArticleFilter): ArticleFilter {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== false && value !== '') clean[key] = value;
  const query = filter.query?.trim().slice(0, 200);
  if (query) clean.query = query;
  else delete clean.query;
  return clean as ArticleFilter;
}

const savedView = readView();

/**
 * Articles and the selection. The list is paged lazily: `version` changes with the filter or
 * sort, and an answer for an older version is dropped, so a slow response never shows rows of
 * a filter the user already left.
 */
export const useArticlesStore = create<ArticlesState>((set, get) => {
  let version = 0;
  /** The version the loaded rows belong to; paging waits while a reload is on its way. */
  let windowVersion = 0;
  let paging = false;
  let initialised = false;

  const request = (offset: number, limit: number) => {
    const { filter, sort, descending } = get();
    return api['articles.list']({ ...filter, sort, descending, offset, limit });
  };

  /** Fetches missing pages around the visible rows, one call at a time, until none is missing. */
  async function page(): Promise<void> {
    if (paging) return;
    paging = true;
    try {
      for (;;) {
        const state = get();
        if (windowVersion !== version) return;
        const want = wantedRange(state.visible.start, state.visible.end - 1, state.total);
        const next = nextRequest({ start: state.windowStart, length: state.items.length }, want);
        if (!next) return;
        const asked = version;
        const answer = await request(next.offset, next.limit);
        if (asked !== version) continue;
        const merged = mergeWindow(
          { start: get().windowStart, rows: get().items },
          next.offset,
          answer.items,
          get().visible,
        );
        set({ items: merged.rows, windowStart: merged.start, total: answer.total });
        // A short answer means the list shrank meanwhile: stop rather than ask again and again.
        if (answer.items.length < next.limit) return;
      }
    } catch (error) {
      set({ error: asApiError(error) });
    } finally {
      paging = false;
    }
  }

  /** Replaces the rows with the ones around the visible range, for the current filter. */
  async function reload(): Promise<void> {
    const asked = ++version;
    const { visible } = get();
    const want = wantedRange(visible.start, visible.end - 1, Number.MAX_SAFE_INTEGER);
    try {
      const answer = await request(want.start, Math.min(1000, want.end - want.start));
      if (asked !== version) return;
      windowVersion = asked;
      set({
        items: keepUnchangedRows(get().items, answer.items),
        windowStart: want.start,
        total: answer.total,
        loading: false,
      });
      void page();
    } catch (error) {
      if (asked === version) set({ loading: false, error: asApiError(error) });
    }
  }

  /** A new filter or sort: back to the top, remembered for the next start. */
  function changeView(change: Partial<Pick<ArticlesState, 'filter' | 'sort' | 'descending'>>) {
    const next = { ...get(), ...change };
    const filter = cleanFilter(next.filter);
    writeView({ filter, sort: next.sort, descending: next.descending });
    writeScrollTop(0);
    const rows = get().visible.end - get().visible.start;
    set({
      filter,
      sort: next.sort,
      descending: next.descending,
      items: [],
      windowStart: 0,
      loading: true,
      visible: { start: 0, end: Math.max(1, rows) },
    });
    void reload();
  }

  return {
    items: [],
    windowStart: 0,
    total: 0,
    loading: false,
    filter: savedView.filter,
    sort: savedView.sort,
    descending: savedView.descending,
    visible: { start: 0, end: 30 },
    selectedId: null,
    detail: null,
    error: null,

    async loadList() {
      if (!initialised) {
        initialised = true;
        // Ask first for the rows the list will scroll back to, not for the top.
        const first = Math.floor(readScrollTop() / rowHeightFor(get().filter));
        set({ loading: true, visible: { start: first, end: first + 30 } });
        await reload();
        if (get().selectedId === null) {
          const saved = readSelection();
          const fallback = get().items[0]?.id;
          if (saved !== null) await get().select(saved, fallback);
          else if (fallback !== undefined) await get().select(fallback);
        }
        return;
      }
      await reload();
    },

    showRows(first, last) {
      const { visible } = get();
      if (visible.start === first && visible.end === last + 1) return;
      set({ visible: { start: first, end: last + 1 } });
      void page();
    },

    setFilter(change) {
      changeView({ filter: { ...get().filter, ...change } });
    },

    applyFilter(filter) {
      changeView({ filter });
    },

    setQuery(query) {
      if ((get().filter.query ?? '') === query.trim()) return;
      changeView({ filter: { ...get().filter, query } });
    },

    clearFilters() {
      changeView({ filter: {} });
    },

    setSort(sort, descending) {
      changeView({ sort, descending });
    },

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
  };
});
