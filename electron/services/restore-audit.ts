import { appendAudit } from '../database/audit-repository';
import { auditRowById, auditRowsFrom, lastAuditId } from '../database/audit-queries';
import type { AuditRow } from '../database/audit-row';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';

/** Copies of replaced rows are stored under this prefix, so nothing reads them as current. */
export const REPLACED_PREFIX = 'replaced-';

function sameRow(a: AuditRow | undefined, b: AuditRow | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The audit rows of the open project that restoring `backup` would drop: the live log from the
 * first row where it and the backup's log part ways. The log is append-only, so two copies of a
 * project share their rows up to the moment their histories split and differ after it; a binary
 * search finds that row in a few reads, however long the log.
 */
export function auditRowsReplacedBy(live: ProjectDatabase, backup: ProjectDatabase): AuditRow[] {
  let low = 1;
  let high = Math.min(lastAuditId(live), lastAuditId(backup)) + 1;
  // Invariant: rows below `low` are shared; the row at `high` differs (or one log ended).
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (sameRow(auditRowById(live, middle), auditRowById(backup, middle))) low = middle + 1;
    else high = middle;
  }
  return auditRowsFrom(live, low);
}

/**
 * After a restore: the rows the restore replaced are appended to the restored log as they were
 * (same time, actor, id of what they changed, before and after), under the entity
 * `replaced-<entity>` so that undo, review diffs and the dashboard, which read `value` and
 * `article` rows, do not take them for changes the restored data contains, while an article's
 * history still lists them. Then one `restore` row says who restored what.
 */
export function recordRestore(
  db: ProjectDatabase,
  replaced: readonly AuditRow[],
  restore: { actor: string; backup: string; safetyCopy: string },
): void {
  inWriteTransaction(db, () => {
    for (const row of replaced) {
      appendAudit(
        db,
        {
          actor: row.actor,
          // A row replaced before (a restore of a restore) is marked once.
          entity: row.entity.startsWith(REPLACED_PREFIX)
            ? row.entity
            : `${REPLACED_PREFIX}${row.entity}`,
          entityId: row.entityId,
          action: row.action,
          before: row.before === null ? undefined : (JSON.parse(row.before) as unknown),
          after: row.after === null ? undefined : (JSON.parse(row.after) as unknown),
        },
        row.at,
      );
    }
    appendAudit(db, {
      actor: restore.actor,
      entity: 'project',
      entityId: null,
      action: 'restore',
      after: {
        backup: restore.backup,
        safetyCopy: restore.safetyCopy,
        replacedRows: replaced.length,
        ...(replaced.length > 0
          ? { replacedIds: [replaced[0]!.id, replaced[replaced.length - 1]!.id] }
          : {}),
      },
    });
  });
}
