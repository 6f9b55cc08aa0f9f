import type BetterSqlite3 from 'better-sqlite3';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * The project's note of each export being written (electron/export/exports-in-flight.ts): one
 * row of `meta` per export, `export-in-flight:<host>-<pid>-<random>` → its JSON, so that two
 * exports at once never rewrite each other's note.
 */
const PREFIX = 'export-in-flight:';

const notes = prepare<[], { key: string; value: string }>(
  `SELECT key, value FROM meta WHERE key LIKE '${PREFIX}%' ORDER BY key`,
);
const upsert = prepare<[key: string, value: string]>(
  'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
);
const remove = prepare<[key: string]>('DELETE FROM meta WHERE key = ?');

export function exportInFlightNotes(db: ProjectDatabase): { key: string; value: string }[] {
  return notes.all(db);
}

export function noteExportInFlight(db: ProjectDatabase, id: string, value: string): string {
  const key = `${PREFIX}${id}`;
  upsert.run(db, key, value);
  return key;
}

export function forgetExportInFlight(db: ProjectDatabase, key: string): void {
  remove.run(db, key);
}

const removeAll = prepare<[]>(`DELETE FROM meta WHERE key LIKE '${PREFIX}%'`);

/** Every note at once, in a backup's copy (which is writing nothing): any SQLite connection. */
export function forgetEveryExportInFlight(db: BetterSqlite3.Database): void {
  removeAll.run(db);
}
