import { apiError } from '../../shared/contract/error-messages';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * Every stored value is JSON: Gleaner writes it from a parsed value. One that is not can only
 * come from the file changed by another program or a damaged disk, and reading it must name it
 * (article, field, value) instead of failing with JSON.parse's or SQLite's bare words
 * ("malformed JSON" stopped every export, naming nothing: fifth attack sweep).
 */
export interface ValueWhere {
  id: number;
  articleId: number;
  fieldKey: string;
}

const notJson = prepare<[limit: number], ValueWhere>(
  `SELECT id, article_id AS articleId, field_key AS fieldKey FROM field_values
    WHERE NOT json_valid(value) ORDER BY id LIMIT ?`,
);

/** Values whose stored JSON is not JSON, the first `limit` by id (for `gleaner check`). */
export function valuesNotJson(db: ProjectDatabase, limit: number): ValueWhere[] {
  return notJson.all(db, limit);
}

const firstNotJsonOf = prepare<[articleIds: string], ValueWhere>(
  `SELECT id, article_id AS articleId, field_key AS fieldKey FROM field_values
    WHERE article_id IN (SELECT value FROM json_each(?)) AND NOT json_valid(value)
    ORDER BY id LIMIT 1`,
);

/** The first value of these articles that is not JSON, if any (to name it after a failure). */
export function firstValueNotJson(
  db: ProjectDatabase,
  articleIds: readonly number[],
): ValueWhere | undefined {
  return firstNotJsonOf.get(db, JSON.stringify(articleIds));
}

export function valueNotJsonError(value: ValueWhere): Error {
  return apiError('value-not-json', {
    valueId: value.id,
    articleId: value.articleId,
    field: value.fieldKey,
  });
}

/** A stored value parsed, or a `value-not-json` error naming it. */
export function parseStoredValue(row: ValueWhere & { value: string }): unknown {
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    throw valueNotJsonError(row);
  }
}
