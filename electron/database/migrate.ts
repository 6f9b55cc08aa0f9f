import type BetterSqlite3 from 'better-sqlite3';
import { apiError } from '../../shared/contract/error-messages';
import { migrations as allMigrations, type Migration } from './migrations';

export function schemaVersionOf(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The newest schema this build of Gleaner understands. */
export const latestSchemaVersion = allMigrations.length;

/**
 * Throws when the file was written by a newer Gleaner. Called before anything else touches the
 * file (even switching it to WAL rewrites its header), so a refused file stays byte-identical.
 */
export function refuseNewerSchema(
  db: BetterSqlite3.Database,
  filePath: string,
  known = latestSchemaVersion,
): void {
  const found = schemaVersionOf(db);
  if (found > known) {
    throw apiError('project-too-new', { file: filePath, found, known });
  }
}

/**
 * Brings the file's schema up to date, one migration per transaction. A file written by a newer
 * Gleaner is refused before anything is touched: guessing at a schema we do not know could
 * destroy curated work.
 */
export function migrate(
  db: BetterSqlite3.Database,
  filePath: string,
  migrations: readonly Migration[] = allMigrations,
): { from: number; to: number } {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1)
      throw new Error(`Migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  refuseNewerSchema(db, filePath, migrations.length);
  const from = schemaVersionOf(db);
  // The version read again inside an immediate transaction: another program opening the same
  // file at once (two `gleaner` commands after an upgrade) may have run the migration meanwhile.
  const run = (migration: Migration) => {
    if (schemaVersionOf(db) >= migration.version) return;
    migration.up(db);
    db.pragma(`user_version = ${migration.version}`);
  };
  const pending = migrations.slice(from);
  if (from === 0) {
    // A new file: every migration in one transaction, so each page of its structure is written
    // once. One commit a migration wrote a new project's 0.4 MB three and a half times over
    // (1.4 MB: the schema table and the tables rebuilt by later migrations, each commit again,
    // into the WAL and then the file); a page of 2 MB paid 0.7× its size before any import.
    db.transaction(() => pending.forEach(run)).immediate();
  } else {
    // An older file: a migration a transaction, so a failure keeps the file at the version it
    // reached (its pre-migration backup was taken first).
    for (const migration of pending) db.transaction(() => run(migration)).immediate();
  }
  return { from, to: schemaVersionOf(db) };
}
