import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { writeValueState } from '../database/value-edits-repository';
import { planSuggestedStates, writeStatesPlan } from './value-states-set';
import { refuseRetiredField, valueWrite } from './value-write';

/**
 * Accepts or rejects one value. The caller names the revision it saw: if the value changed
 * since (another window, another curator), the write is refused instead of overwriting.
 * Like every value write it passes the article guard (approved articles are read-only); a value
 * of a retired field is refused like an edit of it.
 */
export function setValueState(
  db: ProjectDatabase,
  input: { valueId: number; state: 'accepted' | 'rejected' | 'suggested'; revision: number },
  actor: string,
): { id: number; state: string; revision: number } {
  return valueWrite(
    db,
    input,
    actor,
    (row, write) => {
      writeValueState(db, row.id, input.state, write.at);
      write.audit({
        entity: 'value',
        entityId: row.id,
        action: `set-state`,
        before: { state: row.state, revision: row.revision },
        after: { state: input.state, field: row.fieldKey, article: row.articleId },
      });
      return { id: row.id, state: input.state, revision: row.revision + 1 };
    },
    (row) => refuseRetiredField(db, row.fieldKey),
  );
}

/**
 * setValueState for several values in one transaction (accept every value still suggested):
 * when one is stale, missing or read-only, none is written and the first one's refusal is
 * thrown. Still-suggested values are written as one set (value-states-set.ts), others (an undo)
 * one by one.
 */
export function setValueStates(
  db: ProjectDatabase,
  items: readonly Parameters<typeof setValueState>[1][],
  actor: string,
): ReturnType<typeof setValueState>[] {
  return inWriteTransaction(db, () => {
    const plan = planSuggestedStates(db, items);
    if (!plan) return items.map((item) => setValueState(db, item, actor));
    const refused = plan.refused[0];
    if (refused) throw refused.error;
    writeStatesPlan(db, plan, actor);
    return plan.writes.map(({ item, row }) => ({
      id: row.id,
      state: item.state,
      revision: row.revision + 1,
    }));
  });
}
