import type BetterSqlite3 from 'better-sqlite3';
import {
  AUDIT_HASH_BYTES,
  CHAINED_COLUMNS,
  chainHash,
  chainHashOfRaw,
  GENESIS_HASH,
} from './audit-chain';
import type { AuditRow } from './audit-row';

interface StoredAuditRow extends AuditRow {
  hash: unknown;
}

export type AuditChainBreak =
  | { kind: 'unhashed'; rowId: number; message: string }
  | { kind: 'changed'; rowId: number; message: string }
  | { kind: 'removed'; rowId: number; message: string }
  | { kind: 'inserted'; rowId: number; message: string }
  | { kind: 'unlinked'; rowId: number; message: string }
  | { kind: 'not-the-noted-head'; rowId: number; message: string };

/** A head printed by an earlier check (row id and hash in hex), to find a log cut off since. */
export interface NotedAuditHead {
  rowId: number;
  hash: string;
}

export interface AuditChainReport {
  rows: number;
  /** The last row's id and hash (hex) when the chain is whole: note it to detect a cut-off tail. */
  head: { rowId: number; hash: string } | null;
  /** The first place the chain breaks; null when every row fits. */
  broken: AuditChainBreak | null;
}

/** How far past a broken row the diagnosis looks for the chain to resume. */
const LOOKAHEAD_ROWS = 1000;

const COLUMNS = 'id, at, actor, entity, entity_id AS entityId, action, before, after, hash';

/**
 * Recomputes the audit chain row by row in id order (one streaming pass, constant memory) and
 * stops at the first row that does not fit. Only then does it read a few rows around that one to
 * say what happened to it: changed in place, inserted, or preceded by removed rows. A chain that
 * fits can still have lost its newest rows; given a head noted earlier, the chain must pass
 * through it.
 */
export function verifyAuditChain(
  db: BetterSqlite3.Database,
  options: { notedHead?: NotedAuditHead | undefined } = {},
): AuditChainReport {
  const noted = options.notedHead;
  let passedNoted = false;
  let previous = GENESIS_HASH;
  let previousId = 0;
  let rows = 0;
  let firstBrokenId: number | undefined;
  // Raw rows: [id, at, actor, entity, entity_id, action, before, after, hash].
  for (const row of db
    .prepare(`SELECT ${CHAINED_COLUMNS}, hash FROM audit ORDER BY id`)
    .raw()
    .iterate() as IterableIterator<unknown[]>) {
    const hash = row[8];
    if (!isHash(hash) || !chainHashOfRaw(previous, row).equals(hash)) {
      firstBrokenId = row[0] as number;
      break; // leaving the loop closes the statement
    }
    previous = hash;
    previousId = row[0] as number;
    rows++;
    if (noted && previousId === noted.rowId) {
      if (hash.toString('hex') !== noted.hash.toLowerCase()) {
        return {
          rows: countRows(db),
          head: null,
          broken: {
            kind: 'not-the-noted-head',
            rowId: previousId,
            message: `audit row ${previousId} is not the head noted earlier (its hash is ${hash.toString('hex')}): the log was rewritten up to there`,
          },
        };
      }
      passedNoted = true;
    }
  }
  if (firstBrokenId === undefined) {
    if (noted && !passedNoted) {
      return {
        rows,
        head: null,
        broken: {
          kind: 'removed',
          rowId: noted.rowId,
          message: `audit row ${noted.rowId}, the head noted earlier, is gone: the log was cut off after row ${previousId}`,
        },
      };
    }
    return {
      rows,
      head: rows === 0 ? null : { rowId: previousId, hash: previous.toString('hex') },
      broken: null,
    };
  }
  const total = countRows(db);
  const first = db
    .prepare(`SELECT ${COLUMNS} FROM audit WHERE id = ?`)
    .get(firstBrokenId) as StoredAuditRow;
  return { rows: total, head: null, broken: diagnose(db, first, previous, previousId) };
}

function countRows(db: BetterSqlite3.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
}

function isHash(value: unknown): value is Buffer {
  return Buffer.isBuffer(value) && value.length === AUDIT_HASH_BYTES;
}

/** Does `row`, hashed as if its id were `asId`, follow a row whose hash is `previous`? */
function fits(previous: Buffer, row: StoredAuditRow, asId: number): boolean {
  return isHash(row.hash) && chainHash(previous, { ...row, id: asId }).equals(row.hash);
}

function diagnose(
  db: BetterSqlite3.Database,
  row: StoredAuditRow,
  previous: Buffer,
  previousId: number,
): AuditChainBreak {
  const after = db
    .prepare(`SELECT ${COLUMNS} FROM audit WHERE id > ? ORDER BY id LIMIT ${LOOKAHEAD_ROWS}`)
    .all(row.id) as StoredAuditRow[];
  const expectedId = previousId + 1;
  const follower = after[0];
  const where = previousId === 0 ? 'before the first row' : `after row ${previousId}`;

  // Rows inserted here: a later row still fits right after the last good one, under its own id
  // or (when the rows after the insertion were renumbered to make room) under the expected one.
  const resumeAt = after.findIndex((r) => fits(previous, r, r.id) || fits(previous, r, expectedId));
  if (
    resumeAt >= 0 ||
    (row.id < expectedId && (!follower || fits(previous, follower, follower.id)))
  )
    return {
      kind: 'inserted',
      rowId: row.id,
      message: `audit row ${row.id} was inserted ${where}${resumeAt > 0 ? ` (with ${resumeAt} more before row ${after[resumeAt]!.id})` : ''}: the chain resumes without it`,
    };

  if (!isHash(row.hash))
    return {
      kind: 'unhashed',
      rowId: row.id,
      message: `audit row ${row.id} has no chain hash: it was written or replaced outside Gleaner`,
    };

  if (row.id > expectedId)
    return {
      kind: 'removed',
      rowId: expectedId,
      message: `audit row ${expectedId}${row.id - 1 > expectedId ? `–${row.id - 1}` : ''} was removed: row ${row.id} no longer follows row ${previousId}`,
    };

  // The rows after it still chain to its stored hash: its content was changed in place (an
  // UPDATE with the trigger dropped, or INSERT OR REPLACE keeping the old hash).
  if (!follower || fits(row.hash, follower, follower.id))
    return {
      kind: 'changed',
      rowId: row.id,
      message: `audit row ${row.id} was changed: its content no longer matches its hash`,
    };

  // Rows removed and the rest renumbered to close the gap: the follower fits this row's hash
  // under the id it had before.
  for (let shift = 1; shift <= LOOKAHEAD_ROWS; shift++) {
    if (fits(row.hash, follower, follower.id + shift))
      return {
        kind: 'removed',
        rowId: expectedId,
        message: `${shift} audit row(s) were removed ${where} and the rows after renumbered: row ${row.id} no longer follows row ${previousId}`,
      };
  }
  return {
    kind: 'unlinked',
    rowId: row.id,
    message: `audit row ${row.id} does not follow row ${previousId}: its hash was rewritten, or row ${previousId} was changed together with its hash`,
  };
}
