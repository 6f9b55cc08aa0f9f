import Database from 'better-sqlite3';
import { migrations } from '../database/migrations/index';

// Migration tests build a project as an older Gleaner left it, add rows in that shape, and then
// run the migration under test: these two helpers are the "older Gleaner" and the "upgrade".

/** An in-memory project migrated up to and including `version`, foreign keys on as in the app. */
export function databaseMigratedTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateBetween(db, 0, version);
  return db;
}

/** Runs the migrations after `fromVersion` up to and including `toVersion`, in order. */
export function migrateBetween(
  db: Database.Database,
  fromVersion: number,
  toVersion = Number.POSITIVE_INFINITY,
): void {
  for (const m of migrations) if (m.version > fromVersion && m.version <= toVersion) m.up(db);
}
