import type { FieldValuePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { canonicalJson } from '../../shared/extraction';
import type { Field } from '../../shared/schema';
import type { CodePointRange } from '../../shared/text/codepoints';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import {
  deleteValueRow,
  insertCuratorValue,
  insertValueSpans,
  keptValueOfField,
  valueIdsOfField,
  writeEditedValue,
  writeValueOrder,
} from '../database/value-edits-repository';
import { guardValueWrite } from './article-guard';
import { parseFieldText } from './field-text-parser';
import {
  auditShape,
  fieldOf,
  loadValue,
  readValue,
  spansInArticle,
  valueWrite,
} from './value-write';

/**
 * A curator's edits of values: change, add, remove, order; provenance spans (value-spans.ts)
 * and undo (value-revert.ts) beside it. Every write runs in one transaction that passes the
 * article guard (approved articles are read-only; the first edit starts work on the article),
 * refuses a stale revision, bumps the value's revision, and appends the audit row the history
 * and undo rely on (value-write.ts).
 */

export { readValue } from './value-write';
export { attachSpan, detachSpan } from './value-spans';
export { revertValue, revertValues } from './value-revert';
export { editValueParts } from './value-parts-edit';

/** Changes a value to what the curator typed, parsed by the field's type; state 'edited'. */
export function editValue(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; text: string },
  actor: string,
): FieldValuePayload {
  return valueWrite(db, input, actor, (row, write) => {
    const field = fieldOf(db, row.fieldKey);
    const value = parseFieldText(field, input.text, JSON.parse(row.value));
    const before = auditShape(db, row, true);
    writeEditedValue(
      db,
      row.id,
      { value: JSON.stringify(value), valueKey: canonicalJson(value), raw: input.text },
      write.at,
    );
    const after = auditShape(db, loadValue(db, row.id), false);
    write.audit({ entity: 'value', entityId: row.id, action: 'edit', before, after });
    return readValue(db, row.id);
  });
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
  return auditedWrite(db, actor, (write) => {
    guardValueWrite(db, input.articleId, actor, write.at);
    const field = fieldOf(db, input.fieldKey);
    const spans = spansInArticle(db, input.articleId, input.spans);
    const text = input.text ?? spans[0]?.text;
    if (text === undefined || text.trim() === '') {
      throw apiError(
        'value-text-required',
        { fieldEn: field.labels.en, fieldZh: field.labels['zh-CN'], fieldKey: field.key },
        ['text: required when no span is given'],
      );
    }
    refuseSecondValue(db, input.articleId, field);
    const value = parseFieldText(field, text);
    const schema = activeSchema(db);
    const id = insertCuratorValue(db, {
      articleId: input.articleId,
      fieldKey: field.key,
      value: JSON.stringify(value),
      valueKey: canonicalJson(value),
      raw: text,
      schemaId: schema.id,
      schemaVersion: schema.version,
      at: write.at,
    });
    insertValueSpans(db, id, spans);
    if (input.position !== undefined)
      placeValue(db, input.articleId, field.key, id, input.position);
    const after = auditShape(db, loadValue(db, id), false);
    write.audit({ entity: 'value', entityId: id, action: 'add', after });
    return readValue(db, id);
  });
}

/** A field that holds one value refuses a second one the article keeps. */
function refuseSecondValue(db: ProjectDatabase, articleId: number, field: Field): void {
  if (field.cardinality !== 'one') return;
  const existing = keptValueOfField(db, articleId, field.key);
  if (existing) {
    throw apiError('field-holds-one-value', {
      fieldEn: field.labels.en,
      fieldZh: field.labels['zh-CN'],
      fieldKey: field.key,
      raw: existing.raw,
      valueId: existing.id,
    });
  }
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
  const others = valueIdsOfField(db, articleId, fieldKey).filter((id) => id !== valueId);
  others.splice(Math.min(position, others.length), 0, valueId);
  writeValueOrder(db, others);
}

/** Removes a value a curator added; an extracted value is rejected instead (it must not return). */
export function removeValue(
  db: ProjectDatabase,
  input: { valueId: number; revision: number },
  actor: string,
): { id: number; removed: true } {
  return valueWrite(
    db,
    input,
    actor,
    (row, write) => {
      const before = auditShape(db, row, true);
      deleteValueRow(db, row.id);
      write.audit({ entity: 'value', entityId: row.id, action: 'remove', before });
      return { id: row.id, removed: true as const };
    },
    (row) => {
      if (row.origin !== 'curator') {
        throw apiError('extracted-value-remove', { valueId: row.id, raw: row.raw });
      }
    },
  );
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
  return auditedWrite(db, actor, (write) => {
    guardValueWrite(db, input.articleId, actor, write.at);
    const field = fieldOf(db, input.fieldKey);
    const current = valueIdsOfField(db, input.articleId, field.key);
    // An order is not a value's content (no revision moves), so the order the caller saw is its
    // revision: another window's reorder since then must not be silently overwritten.
    if (current.join(',') !== input.seenOrder.join(',')) {
      throw apiError('order-changed-elsewhere', {
        fieldKey: field.key,
        articleId: input.articleId,
      });
    }
    refuseIncompleteOrder(current, input);
    writeValueOrder(db, input.valueIds);
    write.audit({
      entity: 'article',
      entityId: input.articleId,
      action: 'reorder',
      before: { field: field.key, valueIds: current },
      after: { field: field.key, valueIds: input.valueIds },
    });
    return input.valueIds.map((id) => readValue(db, id));
  });
}

/** A new order must list every value of the field exactly once, and no other. */
function refuseIncompleteOrder(
  current: readonly number[],
  input: { articleId: number; fieldKey: string; valueIds: number[] },
): void {
  const given = new Set(input.valueIds);
  const missing = current.filter((id) => !given.has(id));
  const foreign = input.valueIds.filter((id) => !current.includes(id));
  if (given.size === input.valueIds.length && missing.length === 0 && foreign.length === 0) return;
  const problems = [
    given.size !== input.valueIds.length ? 'a value is listed twice' : '',
    missing.length ? `missing ${missing.join(', ')}` : '',
    foreign.length ? `not values of this field: ${foreign.join(', ')}` : '',
  ].filter(Boolean);
  throw apiError('order-incomplete', {
    fieldKey: input.fieldKey,
    articleId: input.articleId,
    problems: problems.join('; '),
  });
}
