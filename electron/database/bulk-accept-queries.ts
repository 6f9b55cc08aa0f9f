import type { ArticleStatus } from '../../shared/contract/domain';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';
import { writeValueStatesAsSet, type ValueOfSet } from './value-triggers-paused';

/** Which suggestions a bulk accept takes (fields already checked against the schema). */
export interface SuggestionFilter {
  fields: readonly string[];
  minConfidence: number;
  rule: string | null;
}

const params = (filter: SuggestionFilter) => ({
  fields: JSON.stringify(filter.fields),
  minConfidence: filter.minConfidence,
  rule: filter.rule,
});

/** The filter over `field_values v`, shared by every query here so they select the same rows. */
const matches = `v.state = 'suggested'
  AND v.field_key IN (SELECT value FROM json_each(@fields))
  AND coalesce(v.confidence, 0) >= @minConfidence
  AND (@rule IS NULL OR v.extractor = @rule)`;

export interface SuggestionCounts {
  /** Matching suggestions of articles that may change, per field key. */
  byField: Record<string, number>;
  /** Matching suggestions left alone because their article is approved. */
  inApproved: number;
  /** Ids of the articles that hold matching suggestions and may change, ascending. */
  articleIds: number[];
}

/** Counts what a bulk accept would take: one pass over the matching suggestions. */
export function countSuggestions(db: ProjectDatabase, filter: SuggestionFilter): SuggestionCounts {
  const perField = statement(
    db,
    `SELECT v.field_key AS fieldKey, a.status = 'approved' AS approved, count(*) AS n
     FROM field_values v JOIN articles a ON a.id = v.article_id
     WHERE ${matches} GROUP BY 1, 2`,
  ).all(params(filter)) as { fieldKey: string; approved: number; n: number }[];
  const byField: Record<string, number> = {};
  let inApproved = 0;
  for (const row of perField) {
    if (row.approved) inApproved += row.n;
    else byField[row.fieldKey] = row.n;
  }
  // Each article is asked whether it holds one match (an index probe that stops at the first),
  // instead of reading every matching suggestion a second time.
  const articleIds = statement(
    db,
    `SELECT a.id FROM articles a WHERE a.status <> 'approved'
       AND EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = a.id AND ${matches})
     ORDER BY a.id`,
  )
    .pluck()
    .all(params(filter)) as number[];
  return { byField, inApproved, articleIds };
}

/** A suggestion about to be accepted, with what its audit rows record. */
export interface AcceptedSuggestion {
  valueId: number;
  revision: number;
  fieldKey: string;
  articleId: number;
  articleStatus: ArticleStatus;
  articleRevision: number;
}

interface Batch {
  fields: string;
  minConfidence: number;
  rule: string | null;
  first: number;
  last: number;
  at: string;
}

const articlesOfBatch = prepare<[Batch], { id: number; status: ArticleStatus; revision: number }>(
  `SELECT id, status, revision FROM articles WHERE id BETWEEN @first AND @last`,
);

const startArticles = prepare<[Batch]>(
  `UPDATE articles SET status = 'in_progress', revision = revision + 1, updated_at = @at
   WHERE id BETWEEN @first AND @last AND status IN ('new', 'changes_requested')
     AND EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = articles.id AND ${matches})`,
);

// RETURNING sees the row as updated: its revision before is one less.
const acceptValues = prepare<
  [Batch],
  Pick<AcceptedSuggestion, 'valueId' | 'revision' | 'fieldKey' | 'articleId'> & ValueOfSet
>(
  `UPDATE field_values AS v SET state = 'accepted', revision = revision + 1, updated_at = @at
   WHERE v.article_id IN (SELECT id FROM articles
                          WHERE id BETWEEN @first AND @last AND status <> 'approved')
     AND ${matches}
   RETURNING id AS valueId, revision - 1 AS revision, field_key AS fieldKey,
             article_id AS articleId, extractor, origin`,
);

/**
 * Accepts the matching suggestions of the articles with ids in [firstArticle, lastArticle] that
 * are not approved, and moves those articles that are new or sent back to in_progress, each as
 * one UPDATE; the values' counters and learned votes are kept for the set at once
 * (writeValueStatesAsSet). Returns the suggestions as they were before (for the audit rows),
 * ordered by article then value: the values' UPDATE returns them, so they are read once, not
 * selected and then updated. The caller holds the transaction.
 */
export function acceptSuggestionsOfArticles(
  db: ProjectDatabase,
  filter: SuggestionFilter,
  firstArticle: number,
  lastArticle: number,
  at: string,
): AcceptedSuggestion[] {
  const batch = { ...params(filter), first: firstArticle, last: lastArticle, at };
  const articlesBefore = new Map(articlesOfBatch.all(db, batch).map((a) => [a.id, a]));
  startArticles.run(db, batch);
  const accepted = writeValueStatesAsSet(db, 'suggested', 'accepted', () =>
    acceptValues.all(db, batch),
  );
  accepted.sort((a, b) => a.articleId - b.articleId || a.valueId - b.valueId);
  return accepted.map((value) => {
    const article = articlesBefore.get(value.articleId)!;
    return {
      valueId: value.valueId,
      revision: value.revision,
      fieldKey: value.fieldKey,
      articleId: value.articleId,
      articleStatus: article.status,
      articleRevision: article.revision,
    };
  });
}
