import { z } from 'zod';
import { fieldValueSchema, type FieldValuePayload } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import { canonicalJson } from '../../shared/extraction';
import { coveredLength, intersectRange } from '../../shared/pages/range-set';
import type { Field } from '../../shared/schema';
import type { CodePointRange } from '../../shared/text/codepoints';
import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { statement } from '../database/statement-cache';
import type { StoredValueRow } from '../database/values-repository';
import { guardValueWrite } from './article-guard';
import { parseFieldText } from './field-text-parser';

/**
 * A curator's edits of values: change, add, remove, provenance spans, order. Every write runs in
 * one transaction that passes the article guard (approved articles are read-only; the first edit
 * starts work on the article), refuses a stale revision, bumps the value's revision, and appends
 * the audit row the history and undo rely on (conventions in the team rules: 'value' rows carry
 * the article and field; spans are [{start, end, text}] in document code points).
 */

type Span = FieldValuePayload['spans'][number];

interface ValueRow extends StoredValueRow {
  articleId: number;
}

/** The value in the API's shape, as the fields panel reads it. */
export function readValue(db: ProjectDatabase, valueId: number): FieldValuePayload {
  const row = loadRow(db, valueId);
  const { articleId: _articleId, ...payload } = row;
  return { ...payload, value: JSON.parse(row.value) as unknown, spans: spansOf(db, valueId) };
}

function loadRow(db: ProjectDatabase, valueId: number): ValueRow {
  const row = statement(
    db,
    `SELECT id, article_id AS articleId, field_key AS fieldKey, ordinal, value, raw, origin, extractor,
            confidence, state, revision
     FROM field_values WHERE id = ?`,
  ).get(valueId) as ValueRow | undefined;
  if (!row) throw new ApiError('not-found', `There is no value ${valueId} in this project.`);
  return row;
}

function spansOf(db: ProjectDatabase, valueId: number): Span[] {
  return statement(
    db,
    'SELECT start, end, text FROM value_spans WHERE value_id = ? ORDER BY start, end',
  ).all(valueId) as Span[];
}

/**
 * The start of every write to one value: it must exist, its article must be editable (the guard
 * may start the article), and the caller must have seen its current revision.
 */
function beginValueWrite(
  db: ProjectDatabase,
  input: { valueId: number; revision: number },
  actor: string,
): { row: ValueRow; at: string } {
  const row = loadRow(db, input.valueId);
  const at = new Date().toISOString();
  guardValueWrite(db, row.articleId, actor, at);
  checkRevision(row, input.revision);
  return { row, at };
}

/** The value as the audit log records it (before or after a change). */
function auditShape(db: ProjectDatabase, row: ValueRow, withRevision: boolean) {
  return {
    value: JSON.parse(row.value) as unknown,
    raw: row.raw,
    spans: spansOf(db, row.id),
    state: row.state,
    ...(withRevision ? { revision: row.revision } : {}),
    article: row.articleId,
    field: row.fieldKey,
  };
}

function checkRevision(row: ValueRow, revision: number): void {
  if (row.revision !== revision) {
    throw new ApiError(
      'conflict',
      `This value was changed elsewhere (revision ${row.revision}, you had ${revision}). Reload the article to see the change.`,
    );
  }
}

/** A live field of the active schema, or invalid-input naming the key. */
function fieldOf(db: ProjectDatabase, key: string): Field {
  const field = activeSchema(db).fields.find((f) => f.key === key && !f.retired);
  if (!field) {
    throw new ApiError('invalid-input', `There is no field "${key}" in the project's schema.`, [
      `fieldKey: unknown field ${JSON.stringify(key)}`,
    ]);
  }
  return field;
}

/** Stores spans of a value (checked and read by spansInArticle first). */
function insertSpans(db: ProjectDatabase, valueId: number, spans: readonly Span[]): void {
  const insert = statement(
    db,
    'INSERT INTO value_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
  );
  for (const s of spans) insert.run(valueId, s.start, s.end, s.text);
}

function bumpValue(db: ProjectDatabase, valueId: number, at: string): void {
  statement(db, 'UPDATE field_values SET revision = revision + 1, updated_at = ? WHERE id = ?').run(
    at,
    valueId,
  );
}

/**
 * Checks spans against the article's ranges and reads their exact text from the document
 * (SQLite's substr counts code points). Spans outside the article are refused, named.
 */
function spansInArticle(
  db: ProjectDatabase,
  articleId: number,
  spans: readonly CodePointRange[],
): Span[] {
  const ranges = statement(
    db,
    'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
  ).all(articleId) as CodePointRange[];
  const outside = spans.filter(
    (s) => s.end <= s.start || coveredLength(intersectRange(ranges, s)) !== s.end - s.start,
  );
  if (outside.length > 0) {
    const named = outside.map((s) => `${s.start}–${s.end}`).join(', ');
    throw new ApiError(
      'invalid-input',
      `The span${outside.length > 1 ? 's' : ''} ${named} ${outside.length > 1 ? 'are' : 'is'} not inside article ${articleId}.`,
      outside.map((s) => `spans: ${s.start}–${s.end} is outside the article`),
    );
  }
  const textOf = statement(
    db,
    `SELECT substr(d.text, @start + 1, @end - @start) AS text
     FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = @article`,
  );
  const unique = new Map<string, Span>();
  for (const s of spans) {
    const { text } = textOf.get({ start: s.start, end: s.end, article: articleId }) as {
      text: string;
    };
    unique.set(`${s.start}:${s.end}`, { start: s.start, end: s.end, text });
  }
  return [...unique.values()];
}

/** Changes a value to what the curator typed, parsed by the field's type; state 'edited'. */
export function editValue(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; text: string },
  actor: string,
): FieldValuePayload {
  return db.transaction(() => {
    const { row, at } = beginValueWrite(db, input, actor);
    const field = fieldOf(db, row.fieldKey);
    const value = parseFieldText(field, input.text, JSON.parse(row.value));
    const before = auditShape(db, row, true);
    statement(
      db,
      `UPDATE field_values SET value = ?, value_key = ?, raw = ?, state = 'edited',
         revision = revision + 1, updated_at = ? WHERE id = ?`,
    ).run(JSON.stringify(value), canonicalJson(value), input.text, at, row.id);
    const after = loadRow(db, row.id);
    appendAudit(
      db,
      {
        actor,
        entity: 'value',
        entityId: row.id,
        action: 'edit',
        before,
        after: auditShape(db, after, false),
      },
      at,
    );
    return readValue(db, row.id);
  })();
}

/**
 * Adds a curator's value (origin 'curator', state 'added'). With spans, `text` defaults to the
 * first span's text; without, the value has no provenance and `text` is required. A field that
 * holds one value refuses a second kept one: the curator edits or rejects the existing value.
 */
export function addValue(
  db: ProjectDatabase,
  input: {
    articleId: number;
    fieldKey: string;
    text?: string | undefined;
    spans: CodePointRange[];
    /** Where among the field's values (0 = first); last when absent. */
    position?: number | undefined;
  },
  actor: string,
): FieldValuePayload {
  return db.transaction(() => {
    const at = new Date().toISOString();
    guardValueWrite(db, input.articleId, actor, at);
    const field = fieldOf(db, input.fieldKey);
    const spans = spansInArticle(db, input.articleId, input.spans);
    const text = input.text ?? spans[0]?.text;
    if (text === undefined || text.trim() === '') {
      throw new ApiError(
        'invalid-input',
        `Type the value for ${field.labels.en} (${field.key}): a value with no span needs its text.`,
        ['text: required when no span is given'],
      );
    }
    if (field.cardinality === 'one') {
      const existing = statement(
        db,
        "SELECT id, raw FROM field_values WHERE article_id = ? AND field_key = ? AND state <> 'rejected' LIMIT 1",
      ).get(input.articleId, field.key) as { id: number; raw: string } | undefined;
      if (existing) {
        throw new ApiError(
          'invalid-input',
          `${field.labels.en} (${field.key}) holds one value and already has "${existing.raw}" (value ${existing.id}): edit or reject that value instead of adding another.`,
        );
      }
    }
    const value = parseFieldText(field, text);
    const schema = activeSchema(db);
    const { ordinal } = statement(
      db,
      'SELECT coalesce(max(ordinal) + 1, 0) AS ordinal FROM field_values WHERE article_id = ? AND field_key = ?',
    ).get(input.articleId, field.key) as { ordinal: number };
    const id = Number(
      statement(
        db,
        `INSERT INTO field_values (article_id, field_key, ordinal, value, value_key, raw, origin, extractor,
                                   confidence, state, schema_id, schema_version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'curator', NULL, NULL, 'added', ?, ?, ?, ?)`,
      ).run(
        input.articleId,
        field.key,
        ordinal,
        JSON.stringify(value),
        canonicalJson(value),
        text,
        schema.id,
        schema.version,
        at,
        at,
      ).lastInsertRowid,
    );
    insertSpans(db, id, spans);
    if (input.position !== undefined)
      placeValue(db, input.articleId, field.key, id, input.position);
    appendAudit(
      db,
      {
        actor,
        entity: 'value',
        entityId: id,
        action: 'add',
        after: auditShape(db, loadRow(db, id), false),
      },
      at,
    );
    return readValue(db, id);
  })();
}

/**
 * Moves a value to `position` among its field's values (the others keep their order): undoing a
 * removal puts the value back where it was, not at the end.
 */
function placeValue(
  db: ProjectDatabase,
  articleId: number,
  fieldKey: string,
  valueId: number,
  position: number,
): void {
  const others = (
    statement(
      db,
      'SELECT id FROM field_values WHERE article_id = ? AND field_key = ? AND id <> ? ORDER BY ordinal, id',
    ).all(articleId, fieldKey, valueId) as { id: number }[]
  ).map((r) => r.id);
  others.splice(Math.min(position, others.length), 0, valueId);
  const setOrdinal = statement(db, 'UPDATE field_values SET ordinal = ? WHERE id = ?');
  others.forEach((id, ordinal) => setOrdinal.run(ordinal, id));
}

/** Removes a value a curator added; an extracted value is rejected instead (it must not return). */
export function removeValue(
  db: ProjectDatabase,
  input: { valueId: number; revision: number },
  actor: string,
): { id: number; removed: true } {
  return db.transaction(() => {
    const row = loadRow(db, input.valueId);
    const at = new Date().toISOString();
    guardValueWrite(db, row.articleId, actor, at);
    if (row.origin !== 'curator') {
      throw new ApiError(
        'forbidden',
        `Value ${row.id} ("${row.raw}") was suggested by extraction: reject it instead of removing it, so it is not suggested again.`,
      );
    }
    checkRevision(row, input.revision);
    const before = auditShape(db, row, true);
    statement(db, 'DELETE FROM field_values WHERE id = ?').run(row.id);
    appendAudit(db, { actor, entity: 'value', entityId: row.id, action: 'remove', before }, at);
    return { id: row.id, removed: true as const };
  })();
}

/** Adds one more place (inside the article) where the value is read. */
export function attachSpan(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; start: number; end: number },
  actor: string,
): FieldValuePayload {
  return db.transaction(() => {
    const { row, at } = beginValueWrite(db, input, actor);
    const [span] = spansInArticle(db, row.articleId, [input]);
    const before = spansOf(db, row.id);
    if (before.some((s) => s.start === span!.start && s.end === span!.end)) {
      throw new ApiError(
        'invalid-input',
        `The span ${input.start}–${input.end} is already part of value ${row.id}.`,
      );
    }
    insertSpans(db, row.id, [span!]);
    return recordSpanChange(db, row, 'attach-span', before, actor, at);
  })();
}

/** After a span was attached or detached: a new value revision and the audit row. */
function recordSpanChange(
  db: ProjectDatabase,
  row: { id: number; articleId: number; fieldKey: string; revision: number },
  action: 'attach-span' | 'detach-span',
  before: { start: number; end: number; text: string }[],
  actor: string,
  at: string,
): FieldValuePayload {
  bumpValue(db, row.id, at);
  appendAudit(
    db,
    {
      actor,
      entity: 'value',
      entityId: row.id,
      action,
      // The revision lets undo find this change again (revertValue).
      before: { spans: before, revision: row.revision },
      after: { spans: spansOf(db, row.id), article: row.articleId, field: row.fieldKey },
    },
    at,
  );
  return readValue(db, row.id);
}

/**
 * Removes one span from a value's provenance. An extracted value keeps at least one span: its
 * spans are where extraction read it, and a suggestion with no source could not be checked (reject
 * it instead). A curator's value may lose its last span and is then shown without provenance.
 */
export function detachSpan(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; start: number; end: number },
  actor: string,
): FieldValuePayload {
  return db.transaction(() => {
    const { row, at } = beginValueWrite(db, input, actor);
    const before = spansOf(db, row.id);
    if (!before.some((s) => s.start === input.start && s.end === input.end)) {
      throw new ApiError('not-found', `Value ${row.id} has no span ${input.start}–${input.end}.`);
    }
    if (row.origin === 'extracted' && before.length === 1) {
      throw new ApiError(
        'invalid-input',
        `The span ${input.start}–${input.end} is the only source of value ${row.id} ("${row.raw}"), which extraction suggested: reject the value instead.`,
      );
    }
    statement(db, 'DELETE FROM value_spans WHERE value_id = ? AND start = ? AND end = ?').run(
      row.id,
      input.start,
      input.end,
    );
    return recordSpanChange(db, row, 'detach-span', before, actor, at);
  })();
}

/** What a write recorded of the value as it was before it: the parts that write changed. */
const recordedBefore = z.object({
  value: z.unknown().optional(),
  raw: z.string().optional(),
  state: fieldValueSchema.shape.state.optional(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
});

/**
 * Puts a value back the way it was at revision `toRevision`: the write that left that revision
 * recorded in the audit log what it changed (value and raw text, state, spans), and exactly that
 * is restored: no re-parsing, so an undone edit gives back the very value extraction made, with
 * its normalised details. Reverting a revert redoes. A new revision; audit action 'revert'.
 */
/** revertValue for several values in one transaction (undo of setValueStates): all or none. */
export function revertValues(
  db: ProjectDatabase,
  items: readonly { valueId: number; revision: number; toRevision: number }[],
  actor: string,
): FieldValuePayload[] {
  return db.transaction(() => items.map((item) => revertValue(db, item, actor)))();
}

export function revertValue(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; toRevision: number },
  actor: string,
): FieldValuePayload {
  return db.transaction(() => {
    const { row, at } = beginValueWrite(db, input, actor);
    const recorded = statement(
      db,
      `SELECT before FROM audit WHERE entity = 'value' AND entity_id = ?
         AND json_extract(before, '$.revision') = ? ORDER BY id DESC LIMIT 1`,
    ).get(row.id, input.toRevision) as { before: string } | undefined;
    const parsed = recorded ? recordedBefore.safeParse(JSON.parse(recorded.before)) : null;
    if (!parsed?.success) {
      throw new ApiError(
        'not-found',
        `Value ${row.id} has no recorded revision ${input.toRevision} to go back to.`,
      );
    }
    const before = auditShape(db, row, true);
    const target = parsed.data;
    if (target.value !== undefined && target.raw !== undefined) {
      statement(db, 'UPDATE field_values SET value = ?, value_key = ?, raw = ? WHERE id = ?').run(
        JSON.stringify(target.value),
        canonicalJson(target.value),
        target.raw,
        row.id,
      );
    }
    if (target.state) {
      statement(db, 'UPDATE field_values SET state = ? WHERE id = ?').run(target.state, row.id);
    }
    if (target.spans) {
      // Read again from the document: a segmentation correction may have moved the text since,
      // and a span outside the article is refused (named) rather than restored.
      const spans = spansInArticle(db, row.articleId, target.spans);
      statement(db, 'DELETE FROM value_spans WHERE value_id = ?').run(row.id);
      insertSpans(db, row.id, spans);
    }
    bumpValue(db, row.id, at);
    appendAudit(
      db,
      {
        actor,
        entity: 'value',
        entityId: row.id,
        action: 'revert',
        before,
        after: { ...auditShape(db, loadRow(db, row.id), false), revertedTo: input.toRevision },
      },
      at,
    );
    return readValue(db, row.id);
  })();
}

/**
 * Puts the values of one field in the given order, which must name every value of the field
 * (rejected ones too) exactly once, given the order the caller saw (`seenOrder`). The order is the
 * article's, not a value's content: value revisions stay as they are, so a reorder never makes
 * another window's accept or edit stale; a reorder from a stale order is refused.
 */
export function reorderValues(
  db: ProjectDatabase,
  input: { articleId: number; fieldKey: string; valueIds: number[]; seenOrder: number[] },
  actor: string,
): FieldValuePayload[] {
  return db.transaction(() => {
    const at = new Date().toISOString();
    guardValueWrite(db, input.articleId, actor, at);
    const field = fieldOf(db, input.fieldKey);
    const current = (
      statement(
        db,
        'SELECT id FROM field_values WHERE article_id = ? AND field_key = ? ORDER BY ordinal, id',
      ).all(input.articleId, field.key) as { id: number }[]
    ).map((r) => r.id);
    // An order is not a value's content (no revision moves), so the order the caller saw is its
    // revision: another window's reorder since then must not be silently overwritten.
    if (current.join(',') !== input.seenOrder.join(',')) {
      throw new ApiError(
        'conflict',
        `The order of ${field.key} in article ${input.articleId} was changed elsewhere since you saw it. Reload the article to see it.`,
      );
    }
    const given = new Set(input.valueIds);
    const missing = current.filter((id) => !given.has(id));
    const foreign = input.valueIds.filter((id) => !current.includes(id));
    if (given.size !== input.valueIds.length || missing.length > 0 || foreign.length > 0) {
      const problems = [
        given.size !== input.valueIds.length ? 'a value is listed twice' : '',
        missing.length ? `missing ${missing.join(', ')}` : '',
        foreign.length ? `not values of this field: ${foreign.join(', ')}` : '',
      ].filter(Boolean);
      throw new ApiError(
        'invalid-input',
        `List every value of ${field.key} in article ${input.articleId} exactly once (${problems.join('; ')}).`,
      );
    }
    const setOrdinal = statement(db, 'UPDATE field_values SET ordinal = ? WHERE id = ?');
    input.valueIds.forEach((id, ordinal) => setOrdinal.run(ordinal, id));
    appendAudit(
      db,
      {
        actor,
        entity: 'article',
        entityId: input.articleId,
        action: 'reorder',
        before: { field: field.key, valueIds: current },
        after: { field: field.key, valueIds: input.valueIds },
      },
      at,
    );
    return input.valueIds.map((id) => readValue(db, id));
  })();
}
