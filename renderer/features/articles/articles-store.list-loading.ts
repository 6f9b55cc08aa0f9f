import { api } from '../../api/client';
import { asApiError } from '../../api/as-api-error';
import type { GetArticles, SetArticles } from './articles-state';
import {
  firstRequest,
  keepUnchangedRows,
  mergeWindow,
  nextRequest,
  wantedRange,
} from './list-window';

export interface ListLoader {
  /** Replaces the rows with the ones around the visible range, for the current filter. */
  reload(): Promise<void>;
  /** Fetches missing pages around the visible rows, one call at a time, until none is missing. */
  page(): Promise<void>;
}

/**
 * The list is paged lazily: `version` changes with the filter or sort (every reload), and an
 * answer for an older version is dropped, so a slow response never shows rows of a filter the
 * user already left.
 */
export function createListLoader(set: SetArticles, get: GetArticles): ListLoader {
  let version = 0;
  /** The version the loaded rows belong to; paging waits while a reload is on its way. */
  let windowVersion = 0;
  let paging = false;

  const request = (offset: number, limit: number) => {
    const { filter, sort, descending } = get();
    return api['articles.list']({ ...filter, sort, descending, offset, limit });
  };

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
        set({
          items: merged.rows,
          windowStart: merged.start,
          total: answer.total,
          totalCapped: answer.totalCapped ?? false,
        });
        // A short answer means the list shrank meanwhile: stop rather than ask again and again.
        if (answer.items.length < next.limit) return;
      }
    } catch (error) {
      set({ error: asApiError(error) });
    } finally {
      paging = false;
    }
  }

  async function reload(): Promise<void> {
    const asked = ++version;
    const { visible, filter } = get();
    const want = firstRequest(visible, filter.query !== undefined);
    try {
      const answer = await request(want.start, want.end - want.start);
      if (asked !== version) return;
      windowVersion = asked;
      set({
        items: keepUnchangedRows(get().items, answer.items),
        windowStart: want.start,
        total: answer.total,
        totalCapped: answer.totalCapped ?? false,
        loading: false,
      });
      void page();
    } catch (error) {
      if (asked === version) set({ loading: false, error: asApiError(error) });
    }
  }

  return { reload, page };
}
