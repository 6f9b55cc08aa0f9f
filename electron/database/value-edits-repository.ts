import type { FieldValuePayload } from '../../shared/contract/domain';
import type { CodePointRange } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';
import type { StoredValueRow } from './values-repository';
import { NEXT_VALUE_ID } from './row-ids';

/**
 * The statements behind a curator's and a reviewer's writes to one value (services/value-*.ts):
 * read it, change its content, state, spans and order. The services own the rules (guard,
 * revision, audit); this file owns the SQL and the row shapes.
 */

export type ValueSpan = FieldValuePayload['spans'][number];

/** A value's row with the article it belongs to. */
export interface ValueRow extends StoredValueRow {
  articleId: number;
}

const valueById = prepare<[valueId: number], ValueRow>(
  `SELECT id, article_id AS articleId, field_key AS fieldKey, ordinal, value, raw, origin, extractor,
          confidence, state, revision
   FROM field_values WHERE id = ?`,
);

export function valueRow(db: ProjectDatabase, valueId: number): ValueRow | undefined {
  return valueById.get(db, valueId);
}

const spansByValue = prepare<[valueId: number], ValueSpan>(
  'SELECT start, end, text FROM value_spans WHERE value_id = ? ORDER BY start, end',
);

/** A value's spans in document order. */
export function spansOfValue(db: ProjectDatabase, valueId: number): ValueSpan[] {
  return spansByValue.all(db, valueId);
}

const insertSpan = prepare<[valueId: number, start: number, end: number, text: string]>(
  'INSERT INTO value_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
);

export function insertValueSpans(
  db: ProjectDatabase,
  valueId: number,
  spans: readonly ValueSpan[],
): void {
  for (const s of spans) insertSpan.run(db, valueId, s.start, s.end, s.text);
}

const deleteSpan = prepare<[valueId: number, start: number, end: number]>(
  'DELETE FROM value_spans WHERE value_id = ? AND start = ? AND end = ?',
);

export function deleteValueSpan(db: ProjectDatabase, valueId: number, span: CodePointRange): void {
  deleteSpan.run(db, valueId, span.start, span.end);
}

const deleteSpans = prepare<[valueId: number]>('DELETE FROM value_spans WHERE value_id = ?');

/** Replaces all of a value's spans. */
export function replaceValueSpans(
  db: ProjectDatabase,
  valueId: number,
  spans: readonly ValueSpan[],
): void {
  deleteSpans.run(db, valueId);
  insertValueSpans(db, valueId, spans);
}

const bump = prepare<[at: string, valueId: number]>(
  'UPDATE field_values SET revision = revision + 1, updated_at = ? WHERE id = ?',
);

/** A new revision of the value (its content changed elsewhere in the same transaction). */
export function bumpValueRevision(db: ProjectDatabase, valueId: number, at: string): void {
  bump.run(db, at, valueId);
}

const documentSlice = prepare<[{ start: number; end: number; article: number }], { text: string }>(
  `SELECT substr(d.text, @start + 1, @end - @start) AS text
   FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = @article`,
);

/** The exact text of [start, end) of the article's document (SQLite's substr counts code points). */
export function textOfArticleSpan(
  db: ProjectDatabase,
  articleId: number,
  span: CodePointRange,
): string {
  const row = documentSlice.get(db, { start: span.start, end: span.end, article: articleId });
  if (!row) throw new Error(`There is no article ${articleId} to read a span of.`);
  return row.text;
}

const edit = prepare<[value: string, valueKey: string, raw: string, at: string, valueId: number]>(
  `UPDATE field_values SET value = ?, value_key = ?, raw = ?, state = 'edited',
     revision = revision + 1, updated_at = ? WHERE id = ?`,
);

/** A curator's new value: state 'edited', a new revision. `value` is JSON text. */
export function writeEditedValue(
  db: ProjectDatabase,
  valueId: number,
  content: { value: string; valueKey: string; raw: string },
  at: string,
): void {
  edit.run(db, content.value, content.valueKey, content.raw, at, valueId);
}

const restoreContent = prepare<[value: string, valueKey: string, raw: string, valueId: number]>(
  'UPDATE field_values SET value = ?, value_key = ?, raw = ? WHERE id = ?',
);

/** Puts back recorded content as it was (no state or revision change: the caller bumps). */
export function restoreValueContent(
  db: ProjectDatabase,
  valueId: number,
  content: { value: string; valueKey: string; raw: string },
): void {
  restoreContent.run(db, content.value, content.valueKey, content.raw, valueId);
}

const restoreState = prepare<[state: string, valueId: number]>(
  'UPDATE field_values SET state = ? WHERE id = ?',
);

/** Puts back a recorded state (no revision change: the caller bumps). */
export function restoreValueState(
  db: ProjectDatabase,
  valueId: number,
  state: FieldValuePayload['state'],
): void {
  restoreState.run(db, state, valueId);
}

const setState = prepare<[state: string, at: string, valueId: number]>(
  'UPDATE field_values SET state = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
);

/** A reviewer's or curator's accept/reject: the new state and a new revision. */
export function writeValueState(
  db: ProjectDatabase,
  valueId: number,
  state: FieldValuePayload['state'],
  at: string,
): void {
  setState.run(db, state, at, valueId);
}

const keptOfField = prepare<[articleId: number, fieldKey: string], { id: number; raw: string }>(
  "SELECT id, raw FROM field_values WHERE article_id = ? AND field_key = ? AND state <> 'rejected' LIMIT 1",
);

/** A value of the field the article still keeps (not rejected), if any. */
export function keptValueOfField(
  db: ProjectDatabase,
  articleId: number,
  fieldKey: string,
): { id: number; raw: string } | undefined {
  return keptOfField.get(db, articleId, fieldKey);
}

const nextOrdinal = prepare<[articleId: number, fieldKey: string], { ordinal: number }>(
  'SELECT coalesce(max(ordinal) + 1, 0) AS ordinal FROM field_values WHERE article_id = ? AND field_key = ?',
);

const insertCurator = prepare<
  [
    articleId: number,
    fieldKey: string,
    ordinal: number,
    value: string,
    valueKey: string,
    raw: string,
    schemaId: string,
    schemaVersion: number,
    createdAt: string,
    updatedAt: string,
  ]
>(
  `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin,
                             extractor, confidence, state, schema_id, schema_version, created_at,
                             updated_at)
   VALUES (${NEXT_VALUE_ID}, ?, ?, ?, ?, ?, ?, 'curator', NULL, NULL, 'added', ?, ?, ?, ?)`,
);

/** Stores a curator's value (origin 'curator', state 'added') after the field's others. */
export function insertCuratorValue(
  db: ProjectDatabase,
  input: {
    articleId: number;
    fieldKey: string;
    value: string;
    valueKey: string;
    raw: string;
    schemaId: string;
    schemaVersion: number;
    at: string;
  },
): number {
  const { ordinal } = nextOrdinal.get(db, input.articleId, input.fieldKey)!;
  return Number(
    insertCurator.run(
      db,
      input.articleId,
      input.fieldKey,
      ordinal,
      input.value,
      input.valueKey,
      input.raw,
      input.schemaId,
      input.schemaVersion,
      input.at,
      input.at,
    ).lastInsertRowid,
  );
}

const idsOfField = prepare<[articleId: number, fieldKey: string], { id: number }>(
  'SELECT id FROM field_values WHERE article_id = ? AND field_key = ? ORDER BY ordinal, id',
);

/** The ids of every value of one field of an article (rejected ones too), in their order. */
export function valueIdsOfField(
  db: ProjectDatabase,
  articleId: number,
  fieldKey: string,
): number[] {
  return idsOfField.all(db, articleId, fieldKey).map((r) => r.id);
}

const setOrdinal = prepare<[ordinal: number, valueId: number]>(
  'UPDATE field_values SET ordinal = ? WHERE id = ?',
);

/** Numbers the values 0, 1, 2 … in the given order. */
export function writeValueOrder(db: ProjectDatabase, valueIds: readonly number[]): void {
  valueIds.forEach((id, ordinal) => setOrdinal.run(db, ordinal, id));
}

const deleteById = prepare<[valueId: number]>('DELETE FROM field_values WHERE id = ?');

/** Deletes a value (its spans go with it: ON DELETE CASCADE). */
export function deleteValueRow(db: ProjectDatabase, valueId: number): void {
  deleteById.run(db, valueId);
}
