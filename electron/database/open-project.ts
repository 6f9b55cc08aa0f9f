import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import { apiError } from '../../shared/contract/error-messages';
import { createPreMigrationBackup, quickCheck } from './backup-files';
import { WRITE_LOCK_WAIT_MS, writeCommitted } from './busy-wait';
import { latestSchemaVersion, migrate, refuseNewerSchema, schemaVersionOf } from './migrate';
import { differencesList, structureDifferences } from './project-structure';

export type ProjectDatabase = Database.Database;

/** Each connection's page cache, in KiB. */
const PAGE_CACHE_KIB = 64 * 1024;

/**
 * Opens (creating if needed) a project file: WAL for crash safety and concurrent readers,
 * foreign keys on, a busy timeout so a second window waits instead of failing, then migrations.
 * A damaged file (PRAGMA quick_check) is refused with `project-unreadable` before anything is
 * written to it, and an older file is backed up (`<file>.backups/…pre-migration-vN.gleaner`)
 * before its first migration runs.
 */
export function openProjectDatabase(
  filePath: string,
  options: {
    nativeBinding?: string | undefined;
    /**
     * Run PRAGMA quick_check (default). Workers opening a file the app already checked may skip
     * it: it reads the whole file (about 0.25 s per 200 MB).
     */
    quickCheck?: boolean;
    /** Above this size only the schema and small tables are checked (see checkOnOpen). */
    fullCheckMaxBytes?: number;
  } = {},
): ProjectDatabase {
  refuseUnwritableLocation(filePath);
  let db: ProjectDatabase;
  try {
    // Electron loads a copy of the native module built for its own ABI (see scripts/electron-native.mjs).
    db = new Database(
      filePath,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (error) {
    throw apiError('project-open-failed', {
      file: filePath,
      reason: (error as Error).message,
    });
  }
  try {
    refuseNewerSchema(db, filePath);
    const problems =
      options.quickCheck === false ? [] : checkOnOpen(db, filePath, options.fullCheckMaxBytes);
    if (problems.length > 0) {
      throw apiError('project-damaged', {
        file: filePath,
        problems: problems.slice(0, 3).join('; '),
      });
    }
    // Before anything writes (the WAL switch, a migration): a trigger another program added
    // would run inside Gleaner's first write (see project-structure.ts).
    const foreign = structureDifferences(db, { nativeBinding: options.nativeBinding });
    if (foreign.length > 0) {
      throw apiError('project-structure-foreign', {
        file: filePath,
        objects: differencesList(foreign),
      });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${WRITE_LOCK_WAIT_MS}`);
    db.pragma('synchronous = NORMAL');
    // SQLite's default page cache is 2 MB: at a million articles a bulk write or a dashboard
    // query re-read the same index pages from the OS over and over (bulk accept ran 2.2× faster
    // with 128 MB). 64 MB is a bound, not an allocation: a small project never fills it.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    const version = schemaVersionOf(db);
    if (version > 0 && version < latestSchemaVersion) {
      createPreMigrationBackup(db, filePath, version, { nativeBinding: options.nativeBinding });
    }
    migrate(db, filePath);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed|corrupt/i.test(message)) {
      throw apiError('not-a-project', { file: filePath, reason: message });
    }
    throw error;
  }
}

/**
 * Files up to this size get SQLite's whole quick_check on every open: about 0.1 s of CPU at
 * 32 MB. It was 256 MB, but the check costs about 3.5 ms of CPU a MB (600 ms for a project of
 * 10,000 articles, 170 MB: 3.7–13 s to open it on a loaded machine, where 100,000 articles, past
 * the bound, opened in 0.2 s), so a project between the two bounds missed the 300 ms target for
 * opening (issue 19) whatever the machine.
 */
const FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024;

/** Small tables every project has: checked on open whatever the file's size. */
const SMALL_TABLES = ['meta', 'profiles', 'field_schemas', 'import_mappings'];

/**
 * quick_check reads the whole file: 0.25–0.6 s per 200 MB, half a minute for a project of
 * 100,000 articles (2 GB) and minutes at a million, every time the project opens. A
 * bigger file gets the check of its schema and small tables only (quick_check of a table checks
 * it and its indexes); damage elsewhere is still refused by SQLite when a page is read
 * ("malformed"), and `gleaner check` runs the whole integrity check.
 */
function checkOnOpen(
  db: ProjectDatabase,
  filePath: string,
  fullCheckMaxBytes = FULL_CHECK_MAX_BYTES,
): string[] {
  const bytes = fs.existsSync(filePath) ? fs.statSync(filePath).size : 0;
  if (bytes <= fullCheckMaxBytes) return quickCheck(db);
  const present = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(SMALL_TABLES)) as string[];
  return present.flatMap((table) =>
    (db.pragma(`quick_check(${table})`) as { quick_check: string }[])
      .map((r) => r.quick_check)
      .filter((r) => r !== 'ok'),
  );
}

/**
 * A project must be writable: SQLite needs to create its -wal and -shm files beside it. Refuse
 * a read-only folder or file up front with a message naming it, instead of failing on the
 * first edit. (Root passes access checks on any folder; see the tests.)
 */
function refuseUnwritableLocation(filePath: string): void {
  const absolute = path.resolve(filePath);
  const folder = path.dirname(absolute);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw apiError('project-folder-uncreatable', {
      folder,
      file: absolute,
      reason: (error as Error).message,
    });
  }
  refuseSpecialFile(absolute);
  for (const target of fs.existsSync(absolute) ? [folder, absolute] : [folder]) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      throw apiError('project-folder-readonly', { folder: target, file: absolute });
    }
  }
}

/**
 * A folder, FIFO, socket or device given as the project is refused by what it is: SQLite said
 * only "unable to open database file" or "disk I/O error", and on a FIFO it may wait for a writer.
 */
function refuseSpecialFile(absolute: string): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(absolute);
  } catch {
    return; // nothing there yet (a new project), or a dangling link SQLite reports itself
  }
  if (stats.isDirectory()) throw apiError('file-is-folder', { file: absolute });
  if (!stats.isFile()) throw apiError('file-not-regular', { file: absolute });
}

/**
 * Runs `change` in a transaction that takes the file's write lock before it reads anything
 * (BEGIN IMMEDIATE; a savepoint inside another transaction). Another program may write the same
 * project (a `gleaner import` beside the open window, two imports at once): a deferred
 * transaction that has read cannot wait for it, and SQLite refuses its first write at once
 * ("database is locked"), while this one waits its turn (the connection's busy timeout).
 * Every transaction that writes goes through here; a read-only one may stay deferred.
 */
export function inWriteTransaction<T>(db: ProjectDatabase, change: () => T): T {
  const result = db.transaction(change).immediate();
  writeCommitted(db);
  return result;
}
