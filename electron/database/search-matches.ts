import { articleFilterSql } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { searchIndexIsStale } from './search-index';
import { needsTextCheck, searchIndexQuery } from './search-index-text';
import { statement } from './statement-cache';

/**
 * A search's matches read straight from the index in article id order (the order FTS5 keeps its
 * lists in), a page at a time, and a count that stops early: the first page of a query that
 * matches most of a million articles reads the first few hundred entries of its lists, not all of
 * them, and the count reads at most `upTo` (the window may show "1,000+" and count the rest
 * later). The filter SQL (article-filter.ts) selects the same articles, but as an IN over every
 * match, which costs the whole list whatever page is asked.
 *
 * When some articles wait to be indexed, or the query's case must be checked on the text (see
 * needsTextCheck), the filter SQL answers instead: exact, only slower.
 */
function direct(db: ProjectDatabase, query: string): { sql: string; match: string } | null {
  const index = searchIndexQuery(query);
  if (!index || needsTextCheck(query) || searchIndexIsStale(db)) return null;
  return {
    sql: `SELECT rowid AS id FROM ${index.table} WHERE ${index.table} MATCH @match`,
    match: index.expression,
  };
}

/** Up to `limit` ids of articles matching `query` after `afterId`, in id order. */
export function searchMatchIds(
  db: ProjectDatabase,
  query: string,
  options: { afterId?: number; limit: number },
): number[] {
  const page = { after: options.afterId ?? 0, limit: options.limit };
  query = query.trim();
  const fast = direct(db, query);
  if (fast) {
    // Without an id to start after, no rowid bound at all: FTS5 then reads each list from its
    // start instead of seeking every term to the bound (up to twice as slow measured on the
    // first page).
    const after = page.after > 0 ? ' AND rowid > @after' : '';
    return statement(db, `${fast.sql}${after} ORDER BY rowid LIMIT @limit`)
      .pluck()
      .all({ match: fast.match, ...(after ? page : { limit: page.limit }) }) as number[];
  }
  if (!query) return [];
  const filter = articleFilterSql({ query });
  return statement(
    db,
    `SELECT a.id FROM articles a WHERE ${filter.conditions.join(' AND ')} AND a.id > @after
       ORDER BY a.id LIMIT @limit`,
  )
    .pluck()
    .all({ ...filter.params, ...page }) as number[];
}

/** How many articles match `query`, counting stops at `upTo` (all of them when omitted). */
export function countSearchMatches(
  db: ProjectDatabase,
  query: string,
  options: { upTo?: number } = {},
): number {
  const upTo = options.upTo ?? -1;
  query = query.trim();
  const fast = direct(db, query);
  if (fast)
    return statement(db, `SELECT count(*) FROM (${fast.sql} LIMIT @upTo)`)
      .pluck()
      .get({ match: fast.match, upTo }) as number;
  if (!query) return 0;
  const filter = articleFilterSql({ query });
  return statement(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM articles a ${filter.where} LIMIT @upTo)`,
  )
    .pluck()
    .get({ ...filter.params, upTo }) as number;
}
