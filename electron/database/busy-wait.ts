import type Database from 'better-sqlite3';
import { statement } from './statement-cache';

// The connection's type is spelled out: open-project.ts imports this module.

/**
 * How long a connection waits for another program's write lock (SQLite's busy timeout) before
 * its write fails with SQLITE_BUSY. The wait is synchronous: it holds the thread it runs on.
 */
export const WRITE_LOCK_WAIT_MS = 5000;

/** Connections whose next write fails fast (withShortFirstWrite) until one commits. */
const shortFirstWrite = new WeakSet<Database.Database>();

/**
 * Rows this connection has inserted, updated or deleted since it opened (SQLite's own count), or
 * -1 once it is closed (a handler that switched projects closed it).
 */
export function totalChanges(db: Database.Database): number {
  if (!db.open) return -1;
  return statement(db, 'SELECT total_changes() AS n').pluck().get() as number;
}

/** Whether SQLite refused for another connection's lock (after the connection's wait). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
  );
}

/**
 * Runs `run` with the connection's lock wait cut to `waitMs` until its first write transaction
 * commits (inWriteTransaction calls writeCommitted), then back to the full wait. A caller on a
 * thread that must not stall (the app's main process) retries a call refused before anything was
 * written, asynchronously; a call that has written some of its transactions (a long batch) is
 * not retried and so keeps waiting the full time for the rest, as before.
 */
export function withShortFirstWrite<T>(db: Database.Database, waitMs: number, run: () => T): T {
  if (!db.open) return run();
  db.pragma(`busy_timeout = ${waitMs}`);
  shortFirstWrite.add(db);
  try {
    return run();
  } finally {
    writeCommitted(db);
  }
}

/** The first write of a short-wait call committed: the rest waits the full time. */
export function writeCommitted(db: Database.Database): void {
  // A handler may have closed the connection (opening another project, a restore).
  if (!shortFirstWrite.delete(db) || !db.open) return;
  db.pragma(`busy_timeout = ${WRITE_LOCK_WAIT_MS}`);
}
