import type { StoreApi } from 'zustand';
import type {
  ArticleFilter,
  ArticleListItem,
  ArticleSort,
} from '../../../shared/contract/articles';
import type { ArticleDetail } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import type { RowRange } from './list-window';

/** The articles store's state and actions (articles-store.ts puts its parts together). */
export interface ArticlesState {
  /** The loaded rows: a contiguous window of the list, starting at list index `windowStart`. */
  items: ArticleListItem[];
  windowStart: number;
  /** How many articles the filter selects (the scrollbar's length). */
  total: number;
  /** A search matched more than `total`: the list holds its first `total` matches ("10,000+"). */
  totalCapped: boolean;
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
  /**
   * Reads an article's workflow status and revision again (a value write may have moved it on)
   * into its list row and, when shown, the reader. A failure only leaves a badge stale.
   */
  refreshStatus(articleId: number): Promise<void>;
  dismissError(): void;
  /** Re-reads the document with another encoding; its articles are rebuilt, so the list reloads. */
  redecode(documentId: number, encoding: string): Promise<void>;
}

export type SetArticles = StoreApi<ArticlesState>['setState'];
export type GetArticles = StoreApi<ArticlesState>['getState'];
