import { ApiError } from '../../shared/contract/errors';
import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import { statement } from '../database/statement-cache';
import { guardValueWrite } from './article-guard';

/**
 * Accepts or rejects one value. The caller names the revision it saw: if the value changed
 * since (another window, another curator), the write is refused instead of overwriting.
 * Like every value write it passes the article guard (approved articles are read-only).
 */
export function setValueState(
  db: ProjectDatabase,
  input: { valueId: number; state: 'accepted' | 'rejected' | 'suggested'; revision: number },
  actor: string,
): { id: number; state: string; revision: number } {
  return db.transaction(() => {
    const row = statement(
      db,
      'SELECT id, article_id AS articleId, field_key AS fieldKey, state, revision FROM field_values WHERE id = ?',
    ).get(input.valueId) as
      | { id: number; articleId: number; fieldKey: string; state: string; revision: number }
      | undefined;
    if (!row)
      throw new ApiError('not-found', `There is no value ${input.valueId} in this project.`);
    const at = new Date().toISOString();
    guardValueWrite(db, row.articleId, actor, at);
    if (row.revision !== input.revision) {
      throw new ApiError(
        'conflict',
        `This value was changed elsewhere (revision ${row.revision}, you had ${input.revision}). Reload the article to see the change.`,
      );
    }
    statement(
      db,
      'UPDATE field_values SET state = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
    ).run(input.state, at, row.id);
    appendAudit(
      db,
      {
        actor,
        entity: 'value',
        entityId: row.id,
        action: `set-state`,
        before: { state: row.state, revision: row.revision },
        after: { state: input.state, field: row.fieldKey, article: row.articleId },
      },
      at,
    );
    return { id: row.id, state: input.state, revision: row.revision + 1 };
  })();
}

/**
 * setValueState for several values in one transaction (accept every value still suggested):
 * when one is stale, missing or read-only, none is written and that one's refusal is thrown.
 */
export function setValueStates(
  db: ProjectDatabase,
  items: readonly Parameters<typeof setValueState>[1][],
  actor: string,
): ReturnType<typeof setValueState>[] {
  return db.transaction(() => items.map((item) => setValueState(db, item, actor)))();
}
