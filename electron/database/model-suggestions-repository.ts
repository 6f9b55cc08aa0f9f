import type { ArticleFilter } from '../../shared/contract/articles';
import type { UngroundedReason } from '../../shared/contract/model';
import { articleFilterSql } from './article-filter';
import type { SourceSpan } from '../../shared/extraction/source-span';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';
import { DERIVED_VALUE_KEY, MAX_STORED_SPANS } from './values-repository';
import { NEXT_VALUE_ID } from './row-ids';

/**
 * What grounded model suggestions store (migration 18): the model's answers, cached per article
 * text, schema, model and prompt; the grounded values as ordinary suggestions of extractor
 * `model:<name>`; and the values that could not be grounded, kept apart from field_values.
 */

/** Everything a cached answer depends on. */
export interface ModelAnswerKey {
  textSha256: string;
  schemaId: string;
  schemaVersion: number;
  model: string;
  promptVersion: number;
}

const answerOf = prepare<[ModelAnswerKey], { claims: string }>(
  `SELECT claims FROM model_answers
    WHERE text_sha256 = @textSha256 AND schema_id = @schemaId AND schema_version = @schemaVersion
      AND model = @model AND prompt_version = @promptVersion`,
);

const saveAnswer = prepare<[ModelAnswerKey & { claims: string; at: string }]>(
  `INSERT INTO model_answers (text_sha256, schema_id, schema_version, model, prompt_version, claims, created_at)
   VALUES (@textSha256, @schemaId, @schemaVersion, @model, @promptVersion, @claims, @at)
   ON CONFLICT DO UPDATE SET claims = excluded.claims, created_at = excluded.created_at`,
);

/** The claims JSON cached for `key`, or undefined when the model was never asked. */
export function cachedModelAnswer(db: ProjectDatabase, key: ModelAnswerKey): string | undefined {
  return answerOf.get(db, key)?.claims;
}

export function cacheModelAnswer(
  db: ProjectDatabase,
  key: ModelAnswerKey,
  claims: string,
  at: string,
): void {
  saveAnswer.run(db, { ...key, claims, at });
}

export interface UngroundedValueRow {
  id: number;
  fieldKey: string;
  value: string;
  quote: string;
  reason: UngroundedReason;
  extractor: string;
}

const ungroundedOfArticle = prepare<[articleId: number], UngroundedValueRow>(
  `SELECT id, field_key AS fieldKey, value, quote, reason, extractor FROM ungrounded_values
    WHERE article_id = ? ORDER BY id`,
);

/** The values models claimed for an article without a place in its text, oldest first. */
export function ungroundedValuesOf(db: ProjectDatabase, articleId: number): UngroundedValueRow[] {
  return ungroundedOfArticle.all(db, articleId);
}

const deleteUngrounded = prepare<[articleId: number, extractor: string]>(
  'DELETE FROM ungrounded_values WHERE article_id = ? AND extractor = ?',
);

const insertUngrounded = prepare<
  [
    {
      article: number;
      field: string;
      value: string;
      quote: string;
      reason: UngroundedReason;
      extractor: string;
      at: string;
    },
  ]
>(
  `INSERT INTO ungrounded_values (article_id, field_key, value, quote, reason, extractor, created_at)
   VALUES (@article, @field, @value, @quote, @reason, @extractor, @at)`,
);

/** Replaces what `extractor` last claimed for the article without grounding. */
export function replaceUngroundedValues(
  db: ProjectDatabase,
  articleId: number,
  extractor: string,
  values: readonly { field: string; value: string; quote: string; reason: UngroundedReason }[],
  at: string,
): void {
  deleteUngrounded.run(db, articleId, extractor);
  for (const value of values)
    insertUngrounded.run(db, { ...value, article: articleId, extractor, at });
}

const deleteUntouched = prepare<[articleId: number, extractor: string, keepIdsJson: string]>(
  `DELETE FROM field_values WHERE article_id = ? AND extractor = ? AND state = 'suggested'
     AND id NOT IN (SELECT value FROM json_each(?))`,
);

/**
 * Deletes the article's suggestions of `extractor` nobody acted on; `keepIds` are suggestions
 * with a curator's history (curator-decisions.ts), kept as they are.
 */
export function deleteUntouchedSuggestionsOf(
  db: ProjectDatabase,
  articleId: number,
  extractor: string,
  keepIds: readonly number[],
): number {
  return deleteUntouched.run(db, articleId, extractor, JSON.stringify(keepIds)).changes;
}

export interface ArticleValueKey {
  fieldKey: string;
  value: string;
  valueKey: string;
}

const valueKeysOfArticle = prepare<[articleId: number], ArticleValueKey>(
  'SELECT field_key AS fieldKey, value, value_key AS valueKey FROM field_values WHERE article_id = ?',
);

/** Every value the article holds (any state, any origin), to leave out a suggestion it repeats. */
export function valueKeysOf(db: ProjectDatabase, articleId: number): ArticleValueKey[] {
  return valueKeysOfArticle.all(db, articleId);
}

const nextOrdinals = prepare<[articleId: number], { fieldKey: string; next: number }>(
  'SELECT field_key AS fieldKey, max(ordinal) + 1 AS next FROM field_values WHERE article_id = ? GROUP BY field_key',
);

/** Per field, the ordinal after the article's last value (new suggestions go after them). */
export function nextOrdinalsOf(db: ProjectDatabase, articleId: number): Map<string, number> {
  return new Map(nextOrdinals.all(db, articleId).map((row) => [row.fieldKey, row.next]));
}

const insertValue = prepare<
  [
    {
      article: number;
      field: string;
      ordinal: number;
      value: string;
      valueKey: string;
      raw: string;
      extractor: string;
      schemaId: string;
      schemaVersion: number;
      at: string;
    },
  ]
>(
  `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin,
                             extractor, confidence, state, schema_id, schema_version, created_at,
                             updated_at)
   VALUES (${NEXT_VALUE_ID}, @article, @field, @ordinal, @value, @valueKey, @raw, 'extracted', @extractor,
           NULL, 'suggested', @schemaId, @schemaVersion, @at, @at)`,
);

const insertSpan = prepare<[valueId: number, start: number, end: number, text: string]>(
  'INSERT OR IGNORE INTO value_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
);

/**
 * Stores a grounded model value as a suggestion. Its confidence is left empty: a model's answer
 * has no calibrated probability, and the panel shows none rather than a made-up one.
 */
export function insertModelSuggestion(
  db: ProjectDatabase,
  input: {
    articleId: number;
    field: string;
    ordinal: number;
    value: unknown;
    raw: string;
    spans: readonly SourceSpan[];
    extractor: string;
    schemaId: string;
    schemaVersion: number;
    at: string;
  },
): number {
  const id = Number(
    insertValue.run(db, {
      article: input.articleId,
      field: input.field,
      ordinal: input.ordinal,
      value: JSON.stringify(input.value),
      valueKey: DERIVED_VALUE_KEY,
      raw: input.raw,
      extractor: input.extractor,
      schemaId: input.schemaId,
      schemaVersion: input.schemaVersion,
      at: input.at,
    }).lastInsertRowid,
  );
  for (const span of input.spans.slice(0, MAX_STORED_SPANS))
    insertSpan.run(db, id, span.start, span.end, span.text);
  return id;
}

/** The ids of the articles `filter` selects (as the article list does), page by page. */
export function articleIdsMatching(db: ProjectDatabase, filter: ArticleFilter): number[] {
  const where = articleFilterSql(filter);
  return prepare<[Record<string, string | number>], { id: number }>(
    `SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id ${where.where}
      ORDER BY d.name, a.ordinal`,
  )
    .all(db, where.params)
    .map((row) => row.id);
}
