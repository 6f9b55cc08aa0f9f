import { chainHash, GENESIS_HASH, wellFormed } from './audit-chain';
import {
  auditRowValues,
  type AuditRow,
  type NewAuditRow,
  type SerializedAuditRow,
} from './audit-row';
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

const COLUMNS = '(id, at, actor, entity, entity_id, action, before, after, hash)';
const PLACEHOLDERS = '(?, ?, ?, ?, ?, ?, ?, ?, ?)';
const PARAMS_PER_ROW = 9;

/**
 * INSERTs of 256, 128, … 1 rows. Each INSERT opens a statement journal (the append-only trigger
 * may abort it) and crosses into SQLite once: one statement per row cost bulk accept more than
 * the rows themselves. Rows go in 256 to a statement (2,304 parameters, far below SQLite's limit
 * of 32,766) and the rest in at most eight statements of halving sizes.
 */
const insertsBySize = [256, 128, 64, 32, 16, 8, 4, 2, 1].map((rows) => ({
  rows,
  statement: prepare<unknown[]>(
    `INSERT INTO audit ${COLUMNS} VALUES ${Array<string>(rows).fill(PLACEHOLDERS).join(', ')}`,
  ),
}));
const LARGEST_INSERT = insertsBySize[0]!.rows;

/** Inserts the rows whose parameters `pending` holds (PARAMS_PER_ROW each), in order. */
function insertPending(db: ProjectDatabase, pending: unknown[]): void {
  let from = 0;
  for (const { rows, statement } of insertsBySize) {
    const size = rows * PARAMS_PER_ROW;
    while (pending.length - from >= size) {
      // A full buffer goes in as it is: no copy of its 2,304 parameters.
      statement.run(db, ...(size === pending.length ? pending : pending.slice(from, from + size)));
      from += size;
    }
  }
}

/**
 * Appends many audit rows in the given order, exactly as that many appendAudit calls would (the
 * same columns, ids and chain), for set-based writes such as bulk accept: the last row is read
 * once, each row is hashed onto the one before it in memory, and the rows go in a few
 * multi-row INSERTs (insertPending). The caller runs it inside the transaction of the change it
 * records.
 */
export function appendAuditRows(
  db: ProjectDatabase,
  entries: Iterable<NewAuditRow>,
  at = new Date().toISOString(),
): number {
  return appendSerializedAuditRows(db, serialized(entries), at);
}

function* serialized(entries: Iterable<NewAuditRow>): Generator<SerializedAuditRow> {
  for (const entry of entries)
    yield {
      actor: entry.actor,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    };
}

/**
 * appendAuditRows for rows whose `before` and `after` are already the JSON text to store: a
 * bulk accept writes millions of rows of two fixed shapes and builds that text from templates
 * instead of an object and a JSON.stringify per row. Every text column is still made
 * well-formed here, so the chain hashes exactly what SQLite keeps.
 */
export function appendSerializedAuditRows(
  db: ProjectDatabase,
  entries: Iterable<SerializedAuditRow>,
  at = new Date().toISOString(),
): number {
  if (!db.inTransaction)
    throw new Error('appendAuditRows runs inside the transaction of the change it records');
  const last = lastRow.get(db);
  const when = wellFormed(at);
  let id = last?.id ?? 0;
  let previous = last?.hash ?? GENESIS_HASH;
  const pending: unknown[] = [];
  for (const entry of entries) {
    const row: AuditRow = {
      id: ++id,
      at: when,
      actor: wellFormed(entry.actor),
      entity: wellFormed(entry.entity),
      entityId: entry.entityId,
      action: wellFormed(entry.action),
      before: entry.before === null ? null : wellFormed(entry.before),
      after: entry.after === null ? null : wellFormed(entry.after),
    };
    previous = chainHash(previous, row);
    pending.push(...auditRowValues(row), previous);
    if (pending.length === LARGEST_INSERT * PARAMS_PER_ROW) {
      insertPending(db, pending);
      pending.length = 0;
    }
  }
  insertPending(db, pending);
  return id - (last?.id ?? 0);
}
