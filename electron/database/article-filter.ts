import type { ArticleFilter, ArticleSort } from '../../shared/contract/articles';
import { searchVariants } from '../../shared/text/search-pattern';
import { needsTextCheck, searchIndexQuery } from './search-index-text';

/**
 * The one translation of an ArticleFilter into SQL, so the article list, bulk assignment, saved
 * searches and exports select exactly the same articles. The SQL refers to the article as `a`
 * (`FROM articles a`); parameters are named and prefixed `af_` so callers can add their own.
 */
export interface ArticleFilterSql {
  /** Conditions to AND together; empty when the filter selects every article. */
  conditions: string[];
  params: Record<string, string | number>;
  /** `WHERE …` or '' — for callers with no conditions of their own. */
  where: string;
}

/**
 * Search (migration 15): the index holds one row per article (rowid = article id) in each of two
 * tables, so a 1-character query is one token and a longer one a phrase of its bigrams, looked up
 * in the index whatever its length (search-index-text.ts). A query also matches across a line
 * break in the stored text (see searchVariants): the MATCH expression ORs one phrase per variant.
 * The index keeps no copy of the text and mostly needs none: a phrase matches exactly where the
 * characters follow one another. Two exceptions have their candidates checked with LIKE on the
 * live text: case (the tokenizer folds every script's, search only ASCII's, see needsTextCheck),
 * and a query that ends with a rare character and a common one (see SearchIndexQuery.checkText).
 *
 * Indexing is deferred (migration 6): an article whose text changed since the last
 * flushSearchIndex is queued in `search_pending`, its row stale. Such articles are matched on
 * their live title and range text instead, so every caller (the list, bulk assignment, exports)
 * is right without flushing first; the list flushes anyway, and the queue is then empty. Each
 * LIKE there is a pass over the text, so the variants are only tried on text that passes one
 * loose LIKE first (the query's characters in order, anything between them), and each range's
 * text is cut out once. An ESCAPE clause is avoided there as before: `%` and `_` in a query
 * become `_` (any one character) and instr() then insists on the exact text.
 */
function searchCondition(
  query: string,
  queued: boolean,
): { sql: string; params: Record<string, string> } {
  const hasWildcards = /[%_]/.test(query);
  const params: Record<string, string> = {};
  const variants = searchVariants(query).map((variant, i) => {
    params[`af_like${i}`] = `%${variant.replace(/[%_]/g, '_')}%`;
    if (hasWildcards) params[`af_exact${i}`] = variant;
    return i;
  });
  const matches = (text: string, i: number): string =>
    `${text} LIKE @af_like${i}${hasWildcards ? ` AND instr(lower(${text}), lower(@af_exact${i})) > 0` : ''}`;
  const chars = Array.from(query.replace(/[%_]/g, '_'));
  if (variants.length > 1) params.af_loose = `%${chars.join('%')}%`;
  const matchesAny = (text: string): string => {
    const any = variants.map((i) => matches(text, i)).join(' OR ');
    return variants.length > 1 ? `(${text} LIKE @af_loose AND (${any}))` : `(${any})`;
  };
  const liveRange = 'substr(qd.text, r.start + 1, r.end - r.start)';
  // The LIMIT keeps SQLite from flattening the range texts' subquery into its WHERE, which would
  // cut each text out once per LIKE.
  const liveMatch = `(${matchesAny("coalesce(q.title, '')")} OR EXISTS (SELECT 1 FROM (
      SELECT ${liveRange} AS text FROM article_ranges r WHERE r.article_id = q.id
      LIMIT -1) WHERE ${matchesAny('text')}))`;
  const index = searchIndexQuery(query);
  if (index) params.af_match = index.expression;
  let indexed = index
    ? `SELECT rowid AS id FROM ${index.table} WHERE ${index.table} MATCH @af_match`
    : 'SELECT NULL AS id WHERE 0';
  if (needsTextCheck(query) || index?.checkText)
    indexed = `SELECT q.id AS id FROM (${indexed}) c JOIN articles q ON q.id = c.id
      JOIN documents qd ON qd.id = q.document_id WHERE ${liveMatch}`;
  return {
    // One IN over a compound subquery, evaluated once: an OR of two INs made SQLite test every
    // article against both and measured 2–5× slower.
    sql: queued
      ? `a.id IN (SELECT id FROM (${indexed})
          WHERE id NOT IN (SELECT article_id FROM search_pending)
      UNION ALL SELECT q.id FROM search_pending p JOIN articles q ON q.id = p.article_id
        JOIN documents qd ON qd.id = q.document_id WHERE ${liveMatch})`
      : `a.id IN (${indexed})`,
    params,
  };
}

/** A value counts as present unless a curator rejected it (a suggestion still counts). */
const hasValue = `EXISTS (SELECT 1 FROM field_values v
  WHERE v.article_id = a.id AND v.field_key = @af_field AND v.state <> 'rejected')`;

/** The article holds a paragraph that is repeated elsewhere on its page. */
export const flaggedSql = `EXISTS (SELECT 1 FROM document_marks m JOIN article_ranges r ON r.article_id = a.id
  WHERE m.document_id = a.document_id AND m.kind = 'repeat' AND m.start < r.end AND m.end > r.start)`;

/** Read through the partial index of open threads (migration 16). */
const hasOpenThread = `EXISTS (SELECT 1 FROM comments c
  WHERE c.article_id = a.id AND c.reply_to IS NULL AND c.resolved_at IS NULL)`;

/**
 * `queued: false` drops the handling of articles queued for search, for a caller that has just
 * emptied the queue (flushSearchIndex) in the same transaction or on the same connection.
 */
export function articleFilterSql(
  filter: ArticleFilter,
  options: { queued?: boolean } = {},
): ArticleFilterSql {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.status !== undefined) {
    conditions.push('a.status = @af_status');
    params.af_status = filter.status;
  }
  if (filter.assigneeId === null) conditions.push('a.assignee_id IS NULL');
  else if (filter.assigneeId !== undefined) {
    conditions.push('a.assignee_id = @af_assignee');
    params.af_assignee = filter.assigneeId;
  }
  if (filter.fieldPresent !== undefined) {
    conditions.push(hasValue.replace('@af_field', '@af_present'));
    params.af_present = filter.fieldPresent;
  }
  if (filter.fieldMissing !== undefined) {
    conditions.push(`NOT ${hasValue.replace('@af_field', '@af_missing')}`);
    params.af_missing = filter.fieldMissing;
  }
  if (filter.flaggedOnly) conditions.push(flaggedSql);
  if (filter.openComments) conditions.push(hasOpenThread);
  // Written as the partial index articles_off_subject (migration 11) is, so that "only off-subject"
  // reads that index; its negation is a test on the article row the list reads anyway.
  if (filter.subject === 'off') conditions.push('a.off_subject IS NOT NULL');
  else if (filter.subject === 'on') conditions.push('a.off_subject IS NULL');
  const query = filter.query?.trim();
  if (query) {
    const search = searchCondition(query, options.queued ?? true);
    conditions.push(search.sql);
    Object.assign(params, search.params);
  }
  return {
    conditions,
    params,
    where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
  };
}

/** Workflow order, so sorting by status groups articles as they move towards approval. */
const statusRank = `CASE a.status WHEN 'new' THEN 0 WHEN 'in_progress' THEN 1
  WHEN 'changes_requested' THEN 2 WHEN 'submitted' THEN 3 ELSE 4 END`;

/** The sum of the article's ranges, kept by triggers (migration 12). */
const lengthSql = 'a.text_length';

/**
 * The article list's order as sort keys that all run the same way, the last one the article's
 * id, so paging never shows an article twice or skips one. Each sort matches an index of
 * migration 12 term for term, so a page is read in order instead of sorting every article:
 * 'document' needs `documents d` joined and reads documents by name, then each document's
 * articles (d.id is a.document_id); untitled articles come last whichever way titles run.
 */
export function articleSortKeys(
  sort: ArticleSort,
  descending: boolean,
): { keys: string[]; direction: 'ASC' | 'DESC' } {
  const keys: Record<ArticleSort, string[]> = {
    document: ['d.name', 'd.id', 'a.ordinal'],
    title: [descending ? 'a.title IS NOT NULL' : 'a.title IS NULL', "coalesce(a.title, '')"],
    status: [statusRank],
    updated: ['a.updated_at'],
    length: [lengthSql],
  };
  return { keys: [...keys[sort], 'a.id'], direction: descending ? 'DESC' : 'ASC' };
}

/** ORDER BY for the article list (needs `documents d` joined for 'document'). */
export function articleOrderSql(sort: ArticleSort, descending: boolean): string {
  const { keys, direction } = articleSortKeys(sort, descending);
  return `ORDER BY ${keys.map((key) => `${key} ${direction}`).join(', ')}`;
}
