import type { ProjectDatabase } from './open-project';
import type { Side } from './package-schema';
import { prepare } from './typed-statement';

/**
 * Stored values with what says whether they are of their field's type (the field and the
 * extractor that wrote them): read by `gleaner check` and by an export that met a value of the
 * wrong type, to name it (shared/values/value-shape.ts). Values that are not JSON are named by
 * stored-value-json.ts and left out here.
 */
export interface StoredValueRow {
  id: number;
  articleId: number;
  fieldKey: string;
  value: string;
  extractor: string | null;
}

const everyValue = prepare<[], StoredValueRow>(
  `SELECT id, article_id AS articleId, field_key AS fieldKey, value, extractor
     FROM field_values WHERE json_valid(value) ORDER BY id`,
);

/** Every stored value that is JSON, by id (one row at a time: a project may hold millions). */
export function eachStoredValue(db: ProjectDatabase): IterableIterator<StoredValueRow> {
  return everyValue.iterate(db);
}

const valuesOfField = prepare<[articleId: number, fieldKey: string], StoredValueRow>(
  `SELECT id, article_id AS articleId, field_key AS fieldKey, value, extractor
     FROM field_values WHERE article_id = ? AND field_key = ? AND json_valid(value) ORDER BY id`,
);

/** The values of one field of one article, by id. */
export function storedValuesOfField(
  db: ProjectDatabase,
  articleId: number,
  fieldKey: string,
): StoredValueRow[] {
  return valuesOfField.all(db, articleId, fieldKey);
}

/** The extractor of each of a side's values whose ids are given (a package's, before a merge). */
export function extractorsOf(
  db: ProjectDatabase,
  side: Side,
  ids: readonly number[],
): Map<number, string | null> {
  const rows = db
    .prepare(
      `SELECT id, extractor FROM ${side}.field_values WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: number; extractor: string | null }[];
  return new Map(rows.map((r) => [r.id, r.extractor]));
}
