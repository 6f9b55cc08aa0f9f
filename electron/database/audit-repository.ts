import { chainHash, GENESIS_HASH, wellFormed } from './audit-chain';
import { auditRowValues, type AuditRow, type NewAuditRow } from './audit-row';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * Appends one audit row, chained to the last one (see audit-chain.ts). This is the only way rows
 * enter the audit table: a trigger refuses any insert that does not take the next id and carry a
 * 32-byte hash. Callers run it inside the same transaction as the change it records; called
 * outside one, it opens its own so that reading the last hash and appending stay atomic. Two
 * connections cannot fork the chain: SQLite refuses to let a transaction write on top of a
 * snapshot in which another connection has since appended (SQLITE_BUSY_SNAPSHOT).
 */
export function appendAudit(
  db: ProjectDatabase,
  entry: NewAuditRow,
  at = new Date().toISOString(),
): void {
  if (!db.inTransaction) {
    // IMMEDIATE: take the write lock before reading the last hash, so another connection's
    // append waits (busy_timeout) instead of failing its stale snapshot.
    db.transaction(() => appendAudit(db, entry, at)).immediate();
    return;
  }
  appendAuditRows(db, [entry], at);
}

const lastRow = prepare<[], { id: number; hash: Buffer }>(
  'SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1',
);

const insertRow = prepare<[...ReturnType<typeof auditRowValues>, hash: Buffer]>(
  'INSERT INTO audit (id, at, actor, entity, entity_id, action, before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);

/**
 * Appends many audit rows in the given order, exactly as that many appendAudit calls would (the
 * same columns, ids and chain), for set-based writes such as bulk accept: the last row is read
 * once and each row is hashed onto the one before it in memory. The caller runs it inside the
 * transaction of the change it records.
 */
export function appendAuditRows(
  db: ProjectDatabase,
  entries: Iterable<NewAuditRow>,
  at = new Date().toISOString(),
): number {
  if (!db.inTransaction)
    throw new Error('appendAuditRows runs inside the transaction of the change it records');
  const last = lastRow.get(db);
  const when = wellFormed(at);
  let id = last?.id ?? 0;
  let previous = last?.hash ?? GENESIS_HASH;
  for (const entry of entries) {
    const row: AuditRow = {
      id: ++id,
      at: when,
      actor: wellFormed(entry.actor),
      entity: wellFormed(entry.entity),
      entityId: entry.entityId,
      action: wellFormed(entry.action),
      before: entry.before === undefined ? null : wellFormed(JSON.stringify(entry.before)),
      after: entry.after === undefined ? null : wellFormed(JSON.stringify(entry.after)),
    };
    previous = chainHash(previous, row);
    insertRow.run(db, ...auditRowValues(row), previous);
  }
  return id - (last?.id ?? 0);
}
