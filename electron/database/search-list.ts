import type { ArticleFilter, ArticleSort } from '../../shared/contract/articles';
import { articleFilterSql, articleOrderSql } from './article-filter';
import { changeStamp } from './list-paging';
import type { ProjectDatabase } from './open-project';
import { searchIndexIsStale } from './search-index';
import { directSearchIndex, indexMatchIds, type DirectSearchIndex } from './search-matches';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';

/**
 * A search's list holds at most this many matches. A query that matches more (医院 matches
 * nearly every article of a project of hospital news) lists the first SEARCH_LIST_CAP matches in
 * article order, sorted as asked, and says so (`totalCapped`: "10,000+"), as search engines do:
 * sorting every match of a million articles reads all of them for every page (seconds), where the
 * first 10,000 are the start of the index's lists. Exports and bulk assignment still select every
 * match (article-filter.ts).
 */
export const SEARCH_LIST_CAP = 10_000;

export interface ListPage {
  sort: ArticleSort;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface SearchPage {
  ids: number[];
  total: number;
  totalCapped: boolean;
}

/**
 * The matches a search's list holds (in id order, one more than the cap when there are more),
 * kept per connection while the project's change counters stand still: the window asks for the
 * rows on screen first and then the pages around them, and each of those calls would otherwise
 * read the same 10,001 matches from the index again (most of a page's cost at 300,000 articles).
 */
interface KeptMatches {
  stamp: string;
  ids: number[];
}
const kept = new WeakMap<ProjectDatabase, Map<string, KeptMatches>>();
/** Searches remembered per connection (a few KB each). */
const REMEMBERED_SEARCHES = 8;

/** Forgets the kept matches, so the next page reads the index as a new search does (benchmarks). */
export function forgetSearchLists(db: ProjectDatabase): void {
  kept.delete(db);
}

/**
 * A page of a search. When the index answers the query alone (search-matches.ts), the list's
 * matches are read in the index's order up to one more than the cap, kept (above), and the page
 * sorted out of them: a page costs at most SEARCH_LIST_CAP matches whatever the project's size,
 * and the total comes with it (the page's order needs every match the list holds, so counting
 * them costs nothing more). Otherwise (articles still queued for the index, or a query to check
 * on the text) every match, counted with the page.
 */
export function searchListPage(
  db: ProjectDatabase,
  filter: ArticleFilter & { query: string },
  page: ListPage,
  cap = SEARCH_LIST_CAP,
): SearchPage {
  const index = directSearchIndex(db, filter.query);
  if (!index) return everyMatchPage(db, filter, page);
  const matches = listMatches(db, filter, index, cap);
  const listed = matches.slice(0, cap);
  return {
    ids: sortedPage(db, listed, page),
    total: listed.length,
    totalCapped: matches.length > cap,
  };
}

function listMatches(
  db: ProjectDatabase,
  filter: ArticleFilter & { query: string },
  index: DirectSearchIndex,
  cap: number,
): number[] {
  let searches = kept.get(db);
  if (!searches) {
    searches = new Map();
    kept.set(db, searches);
  }
  const key = JSON.stringify([filter, cap]);
  const stamp = changeStamp(db, filter);
  const known = searches.get(key);
  searches.delete(key);
  if (known?.stamp === stamp) {
    searches.set(key, known); // most recently used last
    return known.ids;
  }
  const { query: _query, ...others } = filter;
  const ids = firstMatches(db, index, others, cap + 1);
  if (searches.size >= REMEMBERED_SEARCHES) searches.delete(searches.keys().next().value!);
  searches.set(key, { stamp, ids });
  return ids;
}

/** The first `upTo` matches in id order that the other filters (status, assignee…) keep. */
function firstMatches(
  db: ProjectDatabase,
  index: DirectSearchIndex,
  others: Omit<ArticleFilter, 'query'>,
  upTo: number,
): number[] {
  const rest = articleFilterSql(others);
  return indexMatchIds(db, index, { limit: upTo, where: rest });
}

/**
 * Walking the document order's index past articles the list does not hold costs less than
 * sorting the list's matches while it steps over fewer entries than this (about 2 ms at 100,000
 * articles for the first page of 10,000 matches, against 12 ms for the sort).
 */
const WALK_BUDGET = 20_000;

const highestArticleId = prepare<[], { n: number | null }>('SELECT max(id) AS n FROM articles');

/**
 * The page of `ids` in the list's order. For the default order (by document) a page near the
 * top is read by walking the order's covering index and keeping the articles the list holds
 * (`+a.id` keeps SQLite from looking each id up and sorting them all); the walk steps over
 * about (offset + limit) × articles / matches entries. Otherwise the list's matches are looked
 * up and sorted, keeping the page's rows only.
 */
function sortedPage(db: ProjectDatabase, ids: readonly number[], page: ListPage): number[] {
  const { sort, descending, offset, limit } = page;
  if (ids.length === 0 || offset >= ids.length) return [];
  const articles = highestArticleId.get(db)?.n ?? 0;
  const walk = sort === 'document' && ((offset + limit) * articles) / ids.length <= WALK_BUDGET;
  return statement(db, sortedPageSql(sort, descending, walk))
    .pluck()
    .all({ ids: JSON.stringify(ids), limit, offset })
    .map(Number);
}

/** The page of the list's matches (@ids, a JSON array) in the list's order; `walk`: see above. */
export const sortedPageSql = (sort: ArticleSort, descending: boolean, walk: boolean): string =>
  `SELECT a.id FROM articles a WHERE ${walk ? '+' : ''}a.id IN (SELECT value FROM json_each(@ids))
     ${listOrderSql(sort, descending)} LIMIT @limit OFFSET @offset`;

/**
 * The list's order read from the article row alone: its copies of the document's name and id
 * (migration 14) instead of `documents d`, whose rows hold the pages' text: sorting 10,000
 * matches took 2–3× as long with the join; and the document order is then the one of the
 * covering index articles_document_order.
 */
export const listOrderSql = (sort: ArticleSort, descending: boolean): string =>
  articleOrderSql(sort, descending)
    .replaceAll('d.name', 'a.document_name')
    .replaceAll('d.id', 'a.document_id');

/** A page of every match the filter SQL selects, with their total from one window count. */
function everyMatchPage(
  db: ProjectDatabase,
  filter: ArticleFilter,
  { sort, descending, offset, limit }: ListPage,
): SearchPage {
  const where = articleFilterSql(filter, { queued: searchIndexIsStale(db) });
  // The total comes with the page (a window count), so a search's LIKE runs once, not twice.
  const page = prepare<[Record<string, string | number>], { id: number; total: number }>(
    `SELECT a.id, count(*) OVER () AS total FROM articles a JOIN documents d ON d.id = a.document_id
       ${where.where} ${articleOrderSql(sort, descending)} LIMIT @limit OFFSET @offset`,
  ).all(db, { ...where.params, limit, offset });
  // Past the last page there is no row to carry the total: count on its own.
  const total =
    page[0]?.total ??
    prepare<[Record<string, string | number>], { n: number }>(
      `SELECT count(*) AS n FROM articles a ${where.where}`,
    ).get(db, where.params)!.n;
  return { ids: page.map((r) => r.id), total, totalCapped: false };
}
