import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { apiError } from '../../shared/contract/error-messages';
import { partialNameFor, removeStalePartials } from './stale-partials';

/**
 * The project file's copies, kept in a folder beside it (services/backups.ts lists, prunes and
 * restores them; opening a project takes the pre-migration copy, so it lives here).
 *
 * Rolling backups of a project file, kept in a folder beside it: `report.gleaner` has its
 * backups in `report.gleaner.backups/`. Each backup is a complete project file (SQLite online
 * backup, one file without -wal/-shm companions) whose name says when and why it was made:
 * `2026-11-23T12-00-00.000Z.daily.gleaner`, `….pre-migration-v5.gleaner` (the schema version it
 * still has), `….manual.gleaner`, `….pre-restore.gleaner`, and `….damaged.gleaner` (a damaged
 * file moved aside by a recovery, never deleted automatically).
 */
export const backupKinds = ['daily', 'manual', 'pre-migration', 'pre-restore', 'damaged'] as const;
export type BackupKind = (typeof backupKinds)[number];

export interface BackupEntry {
  name: string;
  path: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  /** For pre-migration backups: the schema version the copy has. */
  schemaVersion?: number | undefined;
}

export function backupsDirOf(projectPath: string): string {
  return `${path.resolve(projectPath)}.backups`;
}

const namePattern =
  /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)\.(daily|manual|pre-migration|pre-restore|damaged)(?:-v(\d+))?\.gleaner$/;

export function backupFileName(kind: BackupKind, at: Date, schemaVersion?: number): string {
  const stamp = at.toISOString().replace(/:/g, '-');
  return `${stamp}.${kind}${schemaVersion === undefined ? '' : `-v${schemaVersion}`}.gleaner`;
}

/** What a backup's file name says about it, or undefined for any other file in the folder. */
export function parseBackupName(
  name: string,
): { kind: BackupKind; createdAt: string; schemaVersion?: number } | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const [, stamp, kind, version] = match;
  const createdAt = stamp!.replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3');
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return {
    kind: kind as BackupKind,
    createdAt,
    ...(version === undefined ? {} : { schemaVersion: Number(version) }),
  };
}

export function uniqueTarget(
  projectPath: string,
  kind: BackupKind,
  at: Date,
  version?: number,
): string {
  const dir = backupsDirOf(projectPath);
  let when = at;
  // Two backups within one millisecond would share a name: move the later one on by 1 ms.
  while (fs.existsSync(path.join(dir, backupFileName(kind, when, version)))) {
    when = new Date(when.getTime() + 1);
  }
  return path.join(dir, backupFileName(kind, when, version));
}

export function entryFor(file: string): BackupEntry {
  const name = path.basename(file);
  const parsed = parseBackupName(name)!;
  return { name, path: file, ...parsed, bytes: fs.statSync(file).size };
}

/**
 * The synchronous backup taken just before migrating an older file (opening is synchronous).
 * VACUUM INTO writes a consistent, compact copy; it is switched to a single-file journal like
 * every other backup. Named with the schema version the copy still has.
 */
export function createPreMigrationBackup(
  db: Database.Database,
  projectPath: string,
  schemaVersion: number,
  options: { nativeBinding?: string | undefined; now?: Date } = {},
): BackupEntry {
  const target = uniqueTarget(
    projectPath,
    'pre-migration',
    options.now ?? new Date(),
    schemaVersion,
  );
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Named like an export's temporary file, so that a copy killed midway is recognised as one
  // and removed once its process is gone (stale-partials.ts).
  removeStalePartials(path.dirname(target));
  const temp = partialNameFor(target, randomBytes(4).toString('hex'));
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    useSingleFileJournal(temp, options.nativeBinding);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw apiError('backup-before-migrate-failed', {
      file: projectPath,
      target,
      reason: (error as Error).message,
    });
  }
  return entryFor(target);
}

export function nativeOptions(nativeBinding: string | undefined): Database.Options {
  return nativeBinding ? { nativeBinding } : {};
}

/** Runs SQLite's quick_check; returns the problems found (empty when the file is sound). */
export function quickCheck(db: Database.Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return problems;
}

/**
 * Makes a fresh copy one self-contained file (journal_mode DELETE): no -wal/-shm companions to
 * lose when it is copied.
 */
export function useSingleFileJournal(file: string, nativeBinding?: string): void {
  const copy = new Database(file, nativeOptions(nativeBinding));
  copy.pragma('journal_mode = DELETE');
  copy.close();
}

/** Moves everything in the write-ahead log into the file and empties the log. */
export function checkpointWal(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
