import type { ArticleFilter } from '../../../shared/contract/articles';
import type { ArticlesState, GetArticles, SetArticles } from './articles-state';
import { createListLoader } from './articles-store.list-loading';
import {
  readScrollTop,
  readSelection,
  readView,
  writeScrollTop,
  writeView,
} from './list-persistence';

/** Rows have one fixed height (two more lines for the search snippet), so scroll offsets map to rows exactly. */
export function rowHeightFor(filter: ArticleFilter): number {
  return filter.query ? 104 : 64;
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

type ListPart = Pick<
  ArticlesState,
  | 'items'
  | 'windowStart'
  | 'total'
  | 'totalCapped'
  | 'loading'
  | 'filter'
  | 'sort'
  | 'descending'
  | 'visible'
  | 'loadList'
  | 'showRows'
  | 'setFilter'
  | 'applyFilter'
  | 'setQuery'
  | 'clearFilters'
  | 'setSort'
>;

/** The list part of the articles store: its rows, filter and sort, remembered for the next start. */
export function createListPart(set: SetArticles, get: GetArticles): ListPart {
  const loader = createListLoader(set, get);
  const savedView = readView();
  let initialised = false;

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
    void loader.reload();
  }

  /** The first load: the rows the list will scroll back to, then the article last shown. */
  async function loadFirst(): Promise<void> {
    const first = Math.floor(readScrollTop() / rowHeightFor(get().filter));
    set({ loading: true, visible: { start: first, end: first + 30 } });
    await loader.reload();
    if (get().selectedId !== null) return;
    const saved = readSelection();
    const fallback = get().items[0]?.id;
    if (saved !== null) await get().select(saved, fallback);
    else if (fallback !== undefined) await get().select(fallback);
  }

  return {
    items: [],
    windowStart: 0,
    total: 0,
    totalCapped: false,
    loading: false,
    filter: savedView.filter,
    sort: savedView.sort,
    descending: savedView.descending,
    visible: { start: 0, end: 30 },

    async loadList() {
      if (initialised) return loader.reload();
      initialised = true;
      await loadFirst();
    },

    showRows(first, last) {
      const { visible } = get();
      if (visible.start === first && visible.end === last + 1) return;
      set({ visible: { start: first, end: last + 1 } });
      void loader.page();
    },

    setFilter: (change) => changeView({ filter: { ...get().filter, ...change } }),
    applyFilter: (filter) => changeView({ filter }),
    setQuery(query) {
      if ((get().filter.query ?? '') === query.trim()) return;
      changeView({ filter: { ...get().filter, query } });
    },
    clearFilters: () => changeView({ filter: {} }),
    setSort: (sort, descending) => changeView({ sort, descending }),
  };
}
