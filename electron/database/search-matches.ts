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
export function directSearchIndex(db: ProjectDatabase, query: string): DirectSearchIndex | null {
  const index = searchIndexQuery(query);
  if (!index || index.checkText || needsTextCheck(query) || searchIndexIsStale(db)) return null;
  // The query as typed stays whatever it holds (it may hold a break too): never an empty MATCH.
  const phrases = index.phrases.filter(
    ({ breakTokens }, i) =>
      i === 0 || breakTokens.every((token) => holdsToken.get(db, { match: token }) !== undefined),
  );
  return { table: index.table, expression: phrases.map((p) => p.phrase).join(' OR ') };
}

/** The index table and MATCH expression (an OR of the query's forms) that answer a query alone. */
export interface DirectSearchIndex {
  table: SearchTable;
  expression: string;
}

/**
 * Up to `limit` ids of the articles `index` matches after `after`, in id order (`limit` -1: all),
 * those the article conditions keep.
 *
 * The query's forms are one MATCH (an OR of one phrase per form). A form that never matches
 * (胸痛中⏎心 where the text holds 胸痛中心 and, elsewhere, 中⏎心) costs FTS5 a check of every
 * article holding all its tokens, to the end of the index, whatever page is asked: asking the
 * forms one by one, each bounded by the last of the query's own first matches, was tried and
 * measured no cheaper, since FTS5 looks for a phrase's first match past its rowid bound (7 ms for
 * such a form at 100,000 articles with `rowid <= 700` as without it; see docs/benchmarks.md,
 * "Search list at scale").
 */
export function indexMatchIds(
  db: ProjectDatabase,
  index: DirectSearchIndex,
  options: { after?: number; limit: number; where?: ArticleConditions },
): number[] {
  const { after = 0, limit, where = null } = options;
  // Without an id to start after, no rowid bound at all: FTS5 then reads each list from its start
  // instead of seeking every term to the bound (up to twice as slow measured on the first page).
  const matches = `SELECT rowid AS id FROM ${index.table} WHERE ${index.table} MATCH @match
    ${after > 0 ? 'AND rowid > @after' : ''} ORDER BY rowid`;
  // The other filters test each match's row as the index hands it over, so the read stops at
  // `limit` kept.
  const sql = where?.conditions.length
    ? `SELECT a.id FROM (${matches}) f CROSS JOIN articles a ON a.id = f.id
         WHERE ${where.conditions.join(' AND ')} LIMIT @limit`
    : `${matches} LIMIT @limit`;
  return statement(db, sql)
    .pluck()
    .all({ ...where?.params, match: index.expression, limit, ...(after > 0 ? { after } : {}) })
    .map(Number);
}

/** Conditions on the article row `a` (article-filter.ts) that a match must meet too. */
export interface ArticleConditions {
  conditions: string[];
  params: Record<string, string | number>;
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
  if (index) return indexMatchIds(db, index, { after: afterId, limit });
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
  if (index && upTo < 0)
    return (
      statement(db, `SELECT count(*) AS n FROM ${index.table} WHERE ${index.table} MATCH ?`).get(
        index.expression,
      ) as { n: number }
    ).n;
  if (index) return indexMatchIds(db, index, { limit: upTo }).length;
  if (!query) return 0;
  const filter = articleFilterSql({ query });
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM (SELECT 1 FROM articles a ${filter.where} LIMIT @upTo)`,
    ).get({ ...filter.params, upTo }) as { n: number }
  ).n;
}
