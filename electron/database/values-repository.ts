import type { FieldValuePayload } from '../../shared/contract/domain';
import { canonicalJson, type Suggestion } from '../../shared/extraction';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
import { prepare, type TypedStatement } from './typed-statement';
import { NEXT_VALUE_ID, nextValueId } from './row-ids';
import { parseStoredValue } from './stored-value-json';

export interface StoredValueRow {
  id: number;
  fieldKey: string;
  ordinal: number;
  value: string;
  raw: string;
  origin: 'extracted' | 'curator';
  extractor: string | null;
  confidence: number | null;
  state: FieldValuePayload['state'];
  revision: number;
}

export function valuesOfArticle(db: ProjectDatabase, articleId: number): FieldValuePayload[] {
  const rows = statement(
    db,
    `SELECT id, field_key AS fieldKey, ordinal, value, raw, origin, extractor, confidence, state, revision
     FROM field_values WHERE article_id = ? ORDER BY field_key, ordinal, id`,
  ).all(articleId) as StoredValueRow[];
  // All spans of the article in one query, not one per value: an article can hold a thousand.
  const spans = statement(
    db,
    `SELECT s.value_id AS valueId, s.start, s.end, s.text FROM value_spans s
       JOIN field_values v ON v.id = s.value_id
      WHERE v.article_id = ? ORDER BY s.value_id, s.start`,
  ).all(articleId) as { valueId: number; start: number; end: number; text: string }[];
  const spansByValue = new Map<number, { start: number; end: number; text: string }[]>();
  for (const { valueId, start, end, text } of spans) {
    const list = spansByValue.get(valueId);
    if (list) list.push({ start, end, text });
    else spansByValue.set(valueId, [{ start, end, text }]);
  }
  return rows.map((row) => ({
    ...row,
    value: parseStoredValue({ ...row, articleId }),
    spans: spansByValue.get(row.id) ?? [],
  }));
}

/** Fields where a curator has settled a kept value: a single-valued field gets no new suggestion. */
export function fieldsWithKeptValues(db: ProjectDatabase, articleId: number): Set<string> {
  const rows = statement(
    db,
    "SELECT DISTINCT field_key AS fieldKey FROM field_values WHERE article_id = ? AND state IN ('accepted', 'edited', 'added')",
  ).all(articleId) as { fieldKey: string }[];
  return new Set(rows.map((r) => r.fieldKey));
}

/**
 * Deletes the article's suggestions no one has acted on, before extraction suggests again;
 * `keepIds` are suggestions with a curator's history (curator-decisions.ts), kept as they are.
 * A model's suggestions (extractor `model:<name>`) are not the rules' to replace: they stay
 * until the model job runs again.
 */
export function deleteUntouchedSuggestions(
  db: ProjectDatabase,
  articleId: number,
  keepIds: readonly number[] = [],
): number {
  return statement(
    db,
    `DELETE FROM field_values WHERE article_id = ? AND state = 'suggested'
       AND id NOT IN (SELECT value FROM json_each(?))
       AND coalesce(extractor, '') NOT LIKE 'model:%'`,
  ).run(articleId, JSON.stringify(keepIds)).changes;
}

/**
 * Mentions kept of one suggested value, the first in document order (the extractor sorts them).
 * A page that repeats a sentence thousands of times read each value at every repeat: 7,380 spans
 * of six values took more room than the 2 MB page itself, and half the bytes a 20 MB page wrote.
 * A hundred mentions are more than a curator steps through; the value, its raw text and where it
 * is first read are kept whole.
 */
export const MAX_STORED_SPANS = 100;

/**
 * `value_key` is always the canonical JSON of `value`, so a suggestion stores it as the empty
 * string (no bytes in the row) and readers derive it: at 73,427 articles of a page a key took
 * 29 of a suggestion's 200 bytes. Rows a curator writes may still hold it whole; `valueKeyOf`
 * reads both.
 */
export const DERIVED_VALUE_KEY = '';

/** The canonical JSON of a stored value, whether its row holds the key or leaves it derived. */
export function valueKeyOf(row: { value: string; valueKey: string }): string {
  return row.valueKey === DERIVED_VALUE_KEY
    ? canonicalJson(JSON.parse(row.value) as unknown)
    : row.valueKey;
}

/**
 * A suggestion's `updated_at` until anything changes it: the empty string, read as its
 * `created_at` (`valueUpdatedAtSql`). Nothing changes a suggestion without setting the time (a
 * state, an edit, a move), and the 24 characters of a time were 1.5 MB of the 28 MB project of a
 * 2 MB page of 7,592 short articles (issue 16 point 7). Rows a curator writes hold it whole.
 */
export const DERIVED_UPDATED_AT = '';

/** A value's last change as SQL over `field_values` (aliased `alias`), derived or stored. */
export function valueUpdatedAtSql(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `CASE ${column('updated_at')} WHEN '${DERIVED_UPDATED_AT}' THEN ${column('created_at')} ELSE ${column('updated_at')} END`;
}

export function insertSuggestion(
  db: ProjectDatabase,
  input: {
    articleId: number;
    suggestion: Suggestion;
    ordinal: number;
    schemaId: string;
    schemaVersion: number;
    at: string;
  },
): number {
  const { suggestion: s } = input;
  const id = Number(
    statement(
      db,
      `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, extractor, confidence,
                                 state, schema_id, schema_version, created_at, updated_at)
       VALUES (${NEXT_VALUE_ID}, ?, ?, ?, ?, ?, ?, 'extracted', ?, ?, 'suggested', ?, ?, ?, '${DERIVED_UPDATED_AT}')`,
    ).run(
      input.articleId,
      s.field,
      input.ordinal,
      JSON.stringify(s.value),
      DERIVED_VALUE_KEY,
      s.raw,
      s.extractor,
      s.confidence,
      input.schemaId,
      input.schemaVersion,
      input.at,
    ).lastInsertRowid,
  );
  const insertSpan = statement(
    db,
    'INSERT OR IGNORE INTO value_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
  );
  for (const span of s.spans.slice(0, MAX_STORED_SPANS))
    insertSpan.run(id, span.start, span.end, span.text);
  return id;
}

/** One suggestion of an article with its ordinal within its field, for insertSuggestions. */
export interface OrdinalSuggestion {
  suggestion: Suggestion;
  ordinal: number;
}

/**
 * Rows per multi-row INSERT: a statement's fixed cost (the call into SQLite, binding, starting
 * the program) is paid once for them all, and the parameters (12 a value) stay far below
 * SQLite's limit.
 */
const ROWS_PER_INSERT = 32;

const valueColumns = `(id, article_id, field_key, ordinal, value, value_key, raw, origin, extractor, confidence, state,
                       schema_id, schema_version, created_at, updated_at)`;
const valueRow = `(?, ?, ?, ?, ?, ?, ?, 'extracted', ?, ?, 'suggested', ?, ?, ?, '${DERIVED_UPDATED_AT}')`;
/** Parameters of one valueRow. */
const VALUE_ROW_WIDTH = 12;
const spanRow = '(?, ?, ?, ?)';

/** The multi-row statements of each row count, declared on first use. */
const valueInserts = new Map<number, TypedStatement<unknown[], never>>();
const spanInserts = new Map<number, TypedStatement<unknown[], never>>();

function valueInsert(rows: number): TypedStatement<unknown[], never> {
  let insert = valueInserts.get(rows);
  if (!insert) {
    insert = prepare<unknown[]>(
      `INSERT INTO field_values ${valueColumns} VALUES ${Array<string>(rows).fill(valueRow).join(', ')}`,
    );
    valueInserts.set(rows, insert);
  }
  return insert;
}

function spanInsert(rows: number): TypedStatement<unknown[], never> {
  let insert = spanInserts.get(rows);
  if (!insert) {
    insert = prepare<unknown[]>(
      `INSERT OR IGNORE INTO value_spans (value_id, start, end, text) VALUES ${Array<string>(rows).fill(spanRow).join(', ')}`,
    );
    spanInserts.set(rows, insert);
  }
  return insert;
}

/**
 * Runs a multi-row insert over `rows` rows of `width` parameters each, ROWS_PER_INSERT at a time.
 */
function insertRows(
  db: ProjectDatabase,
  params: unknown[],
  width: number,
  insertOf: (rows: number) => TypedStatement<unknown[], never>,
): void {
  const rows = params.length / width;
  for (let first = 0; first < rows; first += ROWS_PER_INSERT) {
    const count = Math.min(ROWS_PER_INSERT, rows - first);
    insertOf(count).run(db, ...params.slice(first * width, (first + count) * width));
  }
}

/**
 * insertSuggestion for many suggestions of one article, with the same rows: a statement per 32
 * values and per 32 spans instead of one per row (about a fifth of storing a value). The ids are
 * the ones SQLite would give one insert after another (from the first free id, which is never a
 * removed value's, this connection holding the write lock), so the spans can name their values without asking back.
 * Returns the new ids in the order of `suggestions`.
 */
export function insertSuggestions(
  db: ProjectDatabase,
  input: {
    articleId: number;
    suggestions: readonly OrdinalSuggestion[];
    schemaId: string;
    schemaVersion: number;
    at: string;
  },
): number[] {
  if (input.suggestions.length === 0) return [];
  const firstId = nextValueId(db);
  const values: unknown[] = [];
  const spans: unknown[] = [];
  const ids = input.suggestions.map(({ suggestion: s, ordinal }, i) => {
    const id = firstId + i;
    values.push(
      id,
      input.articleId,
      s.field,
      ordinal,
      JSON.stringify(s.value),
      DERIVED_VALUE_KEY,
      s.raw,
      s.extractor,
      s.confidence,
      input.schemaId,
      input.schemaVersion,
      input.at,
    );
    const kept = Math.min(s.spans.length, MAX_STORED_SPANS);
    for (let k = 0; k < kept; k++) {
      const span = s.spans[k]!;
      spans.push(id, span.start, span.end, span.text);
    }
    return id;
  });
  insertRows(db, values, VALUE_ROW_WIDTH, valueInsert);
  insertRows(db, spans, 4, spanInsert);
  return ids;
}
