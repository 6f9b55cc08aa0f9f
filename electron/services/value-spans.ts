import type { FieldValuePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import type { AuditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import {
  bumpValueRevision,
  deleteValueSpan,
  insertValueSpans,
  spansOfValue,
  type ValueRow,
  type ValueSpan,
} from '../database/value-edits-repository';
import { readValue, spansInArticle, valueWrite } from './value-write';

/** Adds one more place (inside the article) where the value is read. */
export function attachSpan(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; start: number; end: number },
  actor: string,
): FieldValuePayload {
  return valueWrite(db, input, actor, (row, write) => {
    const [span] = spansInArticle(db, row.articleId, [input]);
    const before = spansOfValue(db, row.id);
    if (before.some((s) => s.start === span!.start && s.end === span!.end)) {
      throw apiError('span-already-in-value', {
        start: input.start,
        end: input.end,
        valueId: row.id,
      });
    }
    insertValueSpans(db, row.id, [span!]);
    return recordSpanChange(db, row, 'attach-span', before, write);
  });
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
  return valueWrite(db, input, actor, (row, write) => {
    const before = spansOfValue(db, row.id);
    if (!before.some((s) => s.start === input.start && s.end === input.end)) {
      throw apiError('span-missing', { valueId: row.id, start: input.start, end: input.end });
    }
    if (row.origin === 'extracted' && before.length === 1) {
      throw apiError('span-only-source', {
        start: input.start,
        end: input.end,
        valueId: row.id,
        raw: row.raw,
      });
    }
    deleteValueSpan(db, row.id, input);
    return recordSpanChange(db, row, 'detach-span', before, write);
  });
}

/** After a span was attached or detached: a new value revision and the audit row. */
function recordSpanChange(
  db: ProjectDatabase,
  row: ValueRow,
  action: 'attach-span' | 'detach-span',
  before: ValueSpan[],
  write: AuditedWrite,
): FieldValuePayload {
  bumpValueRevision(db, row.id, write.at);
  write.audit({
    entity: 'value',
    entityId: row.id,
    action,
    // The revision lets undo find this change again (value-revert.ts).
    before: { spans: before, revision: row.revision },
    after: { spans: spansOfValue(db, row.id), article: row.articleId, field: row.fieldKey },
  });
  return readValue(db, row.id);
}
