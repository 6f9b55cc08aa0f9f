import type { FieldValuePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { canonicalJson } from '../../shared/extraction';
import { valueWriteFromRevision } from '../database/audit-queries';
import { valueStateBefore } from '../database/audit-row';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import {
  bumpValueRevision,
  replaceValueSpans,
  restoreValueContent,
  restoreValueState,
} from '../database/value-edits-repository';
import { auditShape, loadValue, readValue, spansInArticle, valueWrite } from './value-write';

/** revertValue for several values in one transaction (undo of setValueStates): all or none. */
export function revertValues(
  db: ProjectDatabase,
  items: readonly { valueId: number; revision: number; toRevision: number }[],
  actor: string,
): FieldValuePayload[] {
  return inWriteTransaction(db, () => items.map((item) => revertValue(db, item, actor)));
}

/**
 * Puts a value back the way it was at revision `toRevision`: the write that left that revision
 * recorded in the audit log what it changed (value and raw text, state, spans; read through the
 * declared audit format, audit-row.ts), and exactly that is restored: no re-parsing, so an
 * undone edit gives back the very value extraction made, with its normalised details. Reverting
 * a revert redoes. A new revision; audit action 'revert'.
 */
export function revertValue(
  db: ProjectDatabase,
  input: { valueId: number; revision: number; toRevision: number },
  actor: string,
): FieldValuePayload {
  return valueWrite(db, input, actor, (row, write) => {
    const recorded = valueWriteFromRevision(db, row.id, input.toRevision);
    const target = recorded ? valueStateBefore(recorded) : undefined;
    if (!target) {
      throw apiError('revision-missing', { valueId: row.id, revision: input.toRevision });
    }
    const before = auditShape(db, row, true);
    if (target.value !== undefined && target.raw !== undefined) {
      restoreValueContent(db, row.id, {
        value: JSON.stringify(target.value),
        valueKey: canonicalJson(target.value),
        raw: target.raw,
      });
    }
    if (target.state) restoreValueState(db, row.id, target.state);
    if (target.spans) {
      // Read again from the document: a segmentation correction may have moved the text since,
      // and a span outside the article is refused (named) rather than restored.
      replaceValueSpans(db, row.id, spansInArticle(db, row.articleId, target.spans));
    }
    bumpValueRevision(db, row.id, write.at);
    const after = auditShape(db, loadValue(db, row.id), false);
    write.audit({
      entity: 'value',
      entityId: row.id,
      action: 'revert',
      before,
      after: { ...after, revertedTo: input.toRevision },
    });
    return readValue(db, row.id);
  });
}
