import { articleFilterSql } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { searchIndexIsStale } from './search-index';
import { needsTextCheck, searchIndexQuery, type SearchTable } from './search-index-text';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';

/**
 * A search's matches read straight from the index in article id order (the order FTS5 keeps its
 * lists in), a page at a time, and a count that stops early: the first page of a query that
 * matches most of a million articles reads the first few hundred entries of its lists, not all of
 * them, and the count reads at most `upTo` (the window may show "1,000+" and count the rest
 * later). The filter SQL (article-filter.ts) selects the same articles, but as an IN over every
 * match, which costs the whole list whatever page is asked.
 *
 * When some articles wait to be indexed, or the index's answer must be checked on the text (the
 * query's case, see needsTextCheck, or its end, see SearchIndexQuery.checkText), the filter SQL
 * answers instead: exact, only slower.
 */
const perTable = <T>(make: (table: SearchTable) => T): Record<SearchTable, T> => ({
  article_search: make('article_search'),
  article_search_chars: make('article_search_chars'),
});
const matching = (table: SearchTable): string =>
  `SELECT rowid AS id FROM ${table} WHERE ${table} MATCH @match`;

// Without an id to start after, no rowid bound at all: FTS5 then reads each list from its start
// instead of seeking every term to the bound (up to twice as slow measured on the first page).
const firstPage = perTable((table) =>
  prepare<[{ match: string; limit: number }], { id: number }>(
    `${matching(table)} ORDER BY rowid LIMIT @limit`,
  ),
);
const nextPage = perTable((table) =>
  prepare<[{ match: string; after: number; limit: number }], { id: number }>(
    `${matching(table)} AND rowid > @after ORDER BY rowid LIMIT @limit`,
  ),
);
const boundedCount = perTable((table) =>
  prepare<[{ match: string; upTo: number }], { n: number }>(
    `SELECT count(*) AS n FROM (${matching(table)} LIMIT @upTo)`,
  ),
);

const holdsToken = prepare<[{ match: string }], { found: number }>(
  'SELECT 1 AS found FROM article_search WHERE article_search MATCH @match LIMIT 1',
);

/**
 * The index table and MATCH expression that answer `query` alone, or null (see above). The
 * query's forms with a line break inside (searchVariants: 6 more phrases for 4 characters) are
 * kept only when the index holds their break's token: most never occur, and FTS5 opens every
 * token's list up to the missing one in each phrase, about a fifth of reading the first 10,001
 * matches of 胸痛中心 at 50,000 articles (segments of the index, and so those opens, grow with
 * the project). A token's check is one short lookup (0.02 ms).
 */
export function directSearchIndex(
  db: ProjectDatabase,
  query: string,
): { table: SearchTable; expression: string } | null {
  const index = searchIndexQuery(query);
  if (!index || index.checkText || needsTextCheck(query) || searchIndexIsStale(db)) return null;
  // The query as typed stays whatever it holds (it may hold a break too): never an empty MATCH.
  const phrases = index.phrases.filter(
    ({ breakTokens }, i) =>
      i === 0 || breakTokens.every((token) => holdsToken.get(db, { match: token }) !== undefined),
  );
  return { table: index.table, expression: phrases.map((p) => p.phrase).join(' OR ') };
}

/** Up to `limit` ids of articles matching `query` after `afterId`, in id order. */
export function searchMatchIds(
  db: ProjectDatabase,
  query: string,
  options: { afterId?: number; limit: number },
): number[] {
  const { afterId = 0, limit } = options;
  query = query.trim();
  const index = directSearchIndex(db, query);
  if (index) {
    const rows =
      afterId > 0
        ? nextPage[index.table].all(db, { match: index.expression, after: afterId, limit })
        : firstPage[index.table].all(db, { match: index.expression, limit });
    return rows.map((row) => row.id);
  }
  if (!query) return [];
  const filter = articleFilterSql({ query });
  return (
    statement(
      db,
      `SELECT a.id FROM articles a WHERE ${filter.conditions.join(' AND ')} AND a.id > @after
         ORDER BY a.id LIMIT @limit`,
    ).all({ ...filter.params, after: afterId, limit }) as { id: number }[]
  ).map((row) => row.id);
}

/** How many articles match `query`, counting stops at `upTo` (all of them when omitted). */
export function countSearchMatches(
  db: ProjectDatabase,
  query: string,
  options: { upTo?: number } = {},
): number {
  const upTo = options.upTo ?? -1;
  query = query.trim();
  const index = directSearchIndex(db, query);
  if (index) return boundedCount[index.table].get(db, { match: index.expression, upTo })?.n ?? 0;
  if (!query) return 0;
  const filter = articleFilterSql({ query });
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM (SELECT 1 FROM articles a ${filter.where} LIMIT @upTo)`,
    ).get({ ...filter.params, upTo }) as { n: number }
  ).n;
}
