import type { ArticleFilter, ArticleSort } from '../../shared/contract/articles';
import { articleFilterSql, articleSortKeys } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';

/**
 * Pages of the article list (without a search) at any size.
 *
 * With no filter, or a filter on status or assignee alone, the list is a few runs of one index
 * each (migration 14; see listRuns): a page is read from its run by OFFSET over index entries
 * only, from whichever end of the run is nearer, so a page anywhere in a million articles steps
 * over at most half a run of small index entries and never reads the table. Each run's count is
 * taken once and kept while the project's change counters (migration 12, bumped by triggers)
 * stand still.
 *
 * Other filters (values present or missing, flagged, subject) read the sort's index and test
 * each article, with keyset anchors behind the offsets the list asks for: the sort keys of every
 * ANCHOR_EVERY-th article are remembered, so a page far down starts from the anchor just before
 * it (an index seek) instead of stepping over every article above it. Anchors need a seek on the
 * sort's leading index columns, which SQLite offers for plain columns: the document order (the
 * default) and last change. The other sorts page by OFFSET over their covering index.
 */

const ANCHOR_EVERY = 2000;
/** A filter that selects fewer than one article in this many is narrow (see pageOfArticleIds). */
const NARROW_FILTER = 20;
/** Lists (filter × sort) remembered per connection. */
const REMEMBERED_LISTS = 16;

interface ListState {
  stamp: string;
  total: number | null;
  /** How many articles each of the list's runs holds (listRuns), once counted. */
  runCounts: number[] | null;
  /** anchors[m]: the sort keys of the article at position m × ANCHOR_EVERY − 1 (m ≥ 1). */
  anchors: (unknown[] | undefined)[];
}

const states = new WeakMap<ProjectDatabase, Map<string, ListState>>();
const articleCount = prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
const changeCounters = prepare<[], { name: string; n: number }>(
  'SELECT name, n FROM change_counters ORDER BY name',
);

const articleCounts = new WeakMap<ProjectDatabase, { stamp: string; n: number }>();

/** How many articles a filter's WHERE clause selects (declared per clause: it is built). */
function countWhere(
  db: ProjectDatabase,
  where: string,
  params: Record<string, string | number>,
): number {
  return prepare<[Record<string, string | number>], { n: number }>(
    `SELECT count(*) AS n FROM articles a ${where}`,
  ).get(db, params)!.n;
}

/** How many articles the project holds, counted again only after a change. */
function allArticles(db: ProjectDatabase, stamp: string): number {
  const articlesStamp = stamp.split(' ')[0]!;
  let known = articleCounts.get(db);
  if (known?.stamp !== articlesStamp) {
    const { n } = articleCount.get(db)!;
    known = { stamp: articlesStamp, n };
    articleCounts.set(db, known);
  }
  return known.n;
}

/** Changes after which a list's total and anchors (or a search's kept matches) no longer hold. */
export function changeStamp(db: ProjectDatabase, filter: ArticleFilter): string {
  const counters = changeCounters.all(db);
  // The values' counter moves with every accept or edit: only lists filtered by values follow it.
  const byValues = filter.fieldPresent !== undefined || filter.fieldMissing !== undefined;
  return counters
    .filter((c) => c.name === 'articles' || byValues)
    .map((c) => `${c.name}:${c.n}`)
    .join(' ');
}

function listState(db: ProjectDatabase, key: string, stamp: string): ListState {
  let lists = states.get(db);
  if (!lists) {
    lists = new Map();
    states.set(db, lists);
  }
  let state = lists.get(key);
  if (state?.stamp !== stamp) {
    state = { stamp, total: null, runCounts: null, anchors: [] };
    lists.delete(key);
    if (lists.size >= REMEMBERED_LISTS) lists.delete(lists.keys().next().value!);
  } else lists.delete(key);
  lists.set(key, state); // most recently used last
  return state;
}

export interface ArticlePageQuery {
  filter: Omit<ArticleFilter, 'query'>;
  sort: ArticleSort;
  descending: boolean;
  offset: number;
  limit: number;
  /** Articles between two anchors (tests make it small). */
  anchorEvery?: number;
}

/** The ids of one page of the list, in order, and how many articles the filter selects. */
export function pageOfArticleIds(
  db: ProjectDatabase,
  query: ArticlePageQuery,
): { ids: number[]; total: number } {
  const { filter, sort, descending, offset, limit, anchorEvery = ANCHOR_EVERY } = query;
  const where = articleFilterSql(filter);
  const state = listState(
    db,
    JSON.stringify([filter, sort, descending, anchorEvery]),
    changeStamp(db, filter),
  );
  const runs = listRuns(where.conditions, sort, descending);
  if (runs) return pageOfRuns(db, state, runs, where.params, offset, limit);
  state.total ??= countWhere(db, where.where, where.params);
  if (offset >= state.total || limit === 0) return { ids: [], total: state.total };

  const { keys, direction } = articleSortKeys(sort, descending);
  const from =
    sort === 'document'
      ? 'documents d CROSS JOIN articles a ON a.document_id = d.id'
      : 'articles a';
  const columns = keys.map((key, i) => `${key} AS k${i}`).join(', ');
  const order = `ORDER BY ${keys.map((key) => `${key} ${direction}`).join(', ')}`;
  const after = afterAnchorSql(sort, direction);
  // A filter that keeps most articles reads the sort's index and skips the articles it leaves
  // out (`+` keeps SQLite from leading with the filter's own index and sorting everything that
  // selects); a narrow one leads with its index and sorts the few it selects.
  const narrow = state.total * NARROW_FILTER < allArticles(db, state.stamp);
  const leading = narrow
    ? where.conditions
    : where.conditions.map((c) => (/^a\.(status|assignee_id) /.test(c) ? `+${c}` : c));
  const select = (anchored: boolean) => {
    const part = (extra: string | null) => {
      const conditions = [...leading, ...(extra ? [extra] : [])];
      return `SELECT ${columns} FROM ${from} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
    };
    // After an anchor: the articles that tie with it on the leading key and come after it, then
    // those beyond it, each read by an index seek and merged in order (MERGE UNION ALL).
    const sql =
      anchored && after
        ? `${part(after.tie)} UNION ALL ${part(after.beyond)}
           ORDER BY ${keys.map((_, i) => `${i + 1} ${direction}`).join(', ')}`
        : `${part(null)} ${order}`;
    return statement(db, `${sql} LIMIT @limit OFFSET @offset`).raw();
  };
  const anchorParams = (anchor: unknown[]) =>
    Object.fromEntries(anchor.map((value, i) => [`anchor${i}`, value]));

  // The anchor at or before the page, built on from the last one known when missing.
  let block = after ? Math.floor(offset / anchorEvery) : 0;
  if (block > 0 && !state.anchors[block]) {
    let known = block;
    while (known > 0 && !state.anchors[known]) known--;
    for (let m = known + 1; m <= block; m++) {
      const previous = state.anchors[m - 1];
      const row = select(previous !== undefined).get({
        ...where.params,
        ...(previous ? anchorParams(previous) : {}),
        limit: 1,
        offset: previous ? anchorEvery - 1 : m * anchorEvery - 1,
      }) as unknown[] | undefined;
      if (!row) break;
      state.anchors[m] = row;
    }
    while (block > 0 && !state.anchors[block]) block--;
  }
  const anchor = block > 0 ? state.anchors[block] : undefined;
  const start = anchor ? block * anchorEvery : 0;
  const rows = select(anchor !== undefined).all({
    ...where.params,
    ...(anchor ? anchorParams(anchor) : {}),
    limit,
    offset: offset - start,
  }) as unknown[][];
  // Anchors that fall on this page come free, so scrolling down builds them as it goes.
  rows.forEach((row, i) => {
    const position = offset + i + 1;
    if (after && position % anchorEvery === 0) state.anchors[position / anchorEvery] ??= row;
  });
  return { ids: rows.map((row) => row[keys.length - 1] as number), total: state.total };
}

/**
 * "After the anchor" in the sort's order, as two conditions over @anchor0…: the rows that tie
 * with it on the leading key and come after it, and the rows beyond it on that key. Each is an
 * index seek (leading key equal and then the rowid or document id in range; or the leading key
 * in range), where one row-value comparison made SQLite seek on the leading key only and step
 * through every tie (copies of one page share a name, a bulk change shares its time). Null for
 * the sorts whose index is on expressions, which SQLite cannot seek this way.
 */
function afterAnchorSql(
  sort: ArticleSort,
  direction: 'ASC' | 'DESC',
): { tie: string; beyond: string } | null {
  const beyond = direction === 'ASC' ? '>' : '<';
  const atOrBeyond = direction === 'ASC' ? '>=' : '<=';
  if (sort === 'updated')
    return {
      tie: `a.updated_at = @anchor0 AND a.id ${beyond} @anchor1`,
      beyond: `a.updated_at ${beyond} @anchor0`,
    };
  if (sort === 'document')
    return {
      tie: `d.name = @anchor0 AND d.id ${atOrBeyond} @anchor1
            AND (d.id, a.ordinal, a.id) ${beyond} (@anchor1, @anchor2, @anchor3)`,
      beyond: `d.name ${beyond} @anchor0`,
    };
  return null;
}

/** A run of the list that one index hands over in order: its conditions and its sort keys. */
interface ListRun {
  conditions: string[];
  keys: string[];
  direction: 'ASC' | 'DESC';
  /**
   * Counted as the filter's total less the other runs: the titled articles are most of a list,
   * and counting their long index entries cost 0.1 s at a million articles.
   */
  countedAsRest?: boolean;
}

/** Workflow order, as the status sort groups articles (article-filter.ts ranks them alike). */
const WORKFLOW = ['new', 'in_progress', 'changes_requested', 'submitted', 'approved'] as const;

/** The filter conditions that an index of migration 14 leads with. */
const LEADING_FILTER = /^a\.(status = @af_status|assignee_id = @af_assignee|assignee_id IS NULL)$/;

/**
 * The list as runs of migration 14's indexes, in order; null when the filter needs the general
 * path (anything but one status or assignee condition). Each run is a plain-column range of one
 * index: the filter's column first, then the sort's columns, then the rowid. Titles run titled
 * articles by title, then untitled ones by id (untitled last both ways, as articleSortKeys);
 * statuses run one status at a time in workflow order.
 */
export function listRuns(
  filterConditions: readonly string[],
  sort: ArticleSort,
  descending: boolean,
): ListRun[] | null {
  if (filterConditions.length > 1 || !filterConditions.every((c) => LEADING_FILTER.test(c)))
    return null;
  const direction = descending ? 'DESC' : 'ASC';
  const run = (conditions: string[], keys: string[]): ListRun => ({
    conditions: [...filterConditions, ...conditions],
    keys: [...keys, 'a.id'],
    direction,
  });
  switch (sort) {
    case 'document':
      return [run([], ['a.document_name', 'a.document_id', 'a.ordinal'])];
    case 'updated':
      return [run([], ['a.updated_at'])];
    case 'length':
      return [run([], ['a.text_length'])];
    case 'title':
      return [
        { ...run(['a.title IS NOT NULL'], ['a.title']), countedAsRest: true },
        run(['a.title IS NULL'], []),
      ];
    case 'status':
      return (descending ? [...WORKFLOW].reverse() : WORKFLOW).map((status) =>
        run([`a.status = '${status}'`], []),
      );
  }
}

function pageOfRuns(
  db: ProjectDatabase,
  state: ListState,
  runs: readonly ListRun[],
  params: Record<string, string | number>,
  offset: number,
  limit: number,
): { ids: number[]; total: number } {
  const countOf = (conditions: readonly string[]) =>
    conditions.length === 0
      ? allArticles(db, state.stamp)
      : countWhere(db, `WHERE ${conditions.join(' AND ')}`, params);
  if (!state.runCounts) {
    const counts = runs.map((run) => (run.countedAsRest ? 0 : countOf(run.conditions)));
    const rest = runs.findIndex((run) => run.countedAsRest);
    if (rest >= 0) {
      const others = counts.reduce((sum, n) => sum + n, 0);
      // The run's own condition comes last (listRuns): without it, the filter alone.
      const filterConditions = runs[rest]!.conditions.slice(0, -1);
      counts[rest] = countOf(filterConditions) - others;
    }
    state.runCounts = counts;
  }
  const counts = state.runCounts;
  const total = counts.reduce((sum, n) => sum + n, 0);
  const ids: number[] = [];
  let skip = offset;
  for (const [i, run] of runs.entries()) {
    const count = counts[i]!;
    if (ids.length >= limit) break;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    const take = Math.min(limit - ids.length, count - skip);
    ids.push(...idsOfRun(db, run, params, skip, take, count));
    skip = 0;
  }
  return { ids, total };
}

/**
 * `take` ids of a run from position `skip`, read from the nearer end: OFFSET steps over every
 * index entry before the page, so the far half of a run is read backwards and turned round.
 */
function idsOfRun(
  db: ProjectDatabase,
  run: ListRun,
  params: Record<string, string | number>,
  skip: number,
  take: number,
  count: number,
): number[] {
  const fromEnd = count - skip - take;
  const backwards = fromEnd < skip;
  const direction = backwards === (run.direction === 'ASC') ? 'DESC' : 'ASC';
  const where = run.conditions.length ? `WHERE ${run.conditions.join(' AND ')}` : '';
  const ids = statement(
    db,
    `SELECT a.id FROM articles a ${where}
     ORDER BY ${run.keys.map((key) => `${key} ${direction}`).join(', ')} LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...params, limit: take, offset: backwards ? fromEnd : skip }) as number[];
  return backwards ? ids.reverse() : ids;
}
