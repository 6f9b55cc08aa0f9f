import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { ProjectDatabase } from '../database/open-project';
import type { AuditRow } from '../database/audit-row';
import { backupProject } from './project-backup';
import { auditRowsReplacedBy } from './restore-audit';

/**
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

/** How many of each kind pruning keeps; pre-migration and damaged copies are all kept. */
export const keepPerKind: Record<BackupKind, number> = {
  daily: 10,
  manual: 10,
  'pre-restore': 10,
  'pre-migration': Number.POSITIVE_INFINITY,
  damaged: Number.POSITIVE_INFINITY,
};

export const backupIntervalMs = 24 * 60 * 60 * 1000;

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

/** The project's backups, newest first. A missing folder simply means none yet. */
export function listBackups(projectPath: string): BackupEntry[] {
  const dir = backupsDirOf(projectPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    entries.push({ name, path: file, ...parsed, bytes: fs.statSync(file).size });
  }
  return entries.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
}

/**
 * Is a daily backup due? Yes when no backup of the current state exists within the interval:
 * any backup the user made or the app made (except a damaged copy) counts.
 */
export function isBackupDue(
  backups: readonly Pick<BackupEntry, 'kind' | 'createdAt'>[],
  now: Date,
  intervalMs = backupIntervalMs,
): boolean {
  const newest = backups
    .filter((b) => b.kind !== 'damaged')
    .reduce((max, b) => Math.max(max, Date.parse(b.createdAt)), Number.NEGATIVE_INFINITY);
  return now.getTime() - newest >= intervalMs;
}

/** The backups pruning removes: beyond the newest N of each kind (keepPerKind). */
export function backupsToPrune<B extends Pick<BackupEntry, 'kind' | 'createdAt' | 'name'>>(
  backups: readonly B[],
  keep: Record<BackupKind, number> = keepPerKind,
): B[] {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
  const seen = new Map<BackupKind, number>();
  return newestFirst.filter((b) => {
    const count = (seen.get(b.kind) ?? 0) + 1;
    seen.set(b.kind, count);
    return count > keep[b.kind];
  });
}

export function pruneBackups(projectPath: string): string[] {
  const removed = backupsToPrune(listBackups(projectPath));
  for (const backup of removed) fs.rmSync(backup.path, { force: true });
  return removed.map((b) => b.name);
}

function uniqueTarget(projectPath: string, kind: BackupKind, at: Date, version?: number): string {
  const dir = backupsDirOf(projectPath);
  let when = at;
  // Two backups within one millisecond would share a name: move the later one on by 1 ms.
  while (fs.existsSync(path.join(dir, backupFileName(kind, when, version)))) {
    when = new Date(when.getTime() + 1);
  }
  return path.join(dir, backupFileName(kind, when, version));
}

function entryFor(file: string): BackupEntry {
  const name = path.basename(file);
  const parsed = parseBackupName(name)!;
  return { name, path: file, ...parsed, bytes: fs.statSync(file).size };
}

/**
 * A backup of the open project with SQLite's online backup. It copies a few hundred pages per
 * step and yields to the event loop between steps, so the app keeps answering while a large
 * project is copied; the copy is renamed into place only when complete. Old ones are pruned.
 */
export async function createBackup(
  db: ProjectDatabase,
  projectPath: string,
  kind: Exclude<BackupKind, 'pre-migration' | 'damaged'>,
  now = new Date(),
): Promise<BackupEntry> {
  const target = uniqueTarget(projectPath, kind, now);
  await backupProject(db, target);
  pruneBackups(projectPath);
  return entryFor(target);
}

/**
 * The synchronous backup taken just before migrating an older file (opening is synchronous).
 * VACUUM INTO writes a consistent, compact copy; it is switched to a single-file journal like
 * every other backup. Named with the schema version the copy still has.
 */
export function createPreMigrationBackup(
  db: ProjectDatabase,
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
  const temp = `${target}.tmp-${process.pid}`;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const copy = new Database(temp, nativeOptions(options.nativeBinding));
    copy.pragma('journal_mode = DELETE');
    copy.close();
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new ApiError(
      'internal',
      `Gleaner did not migrate ${projectPath} because it could not back it up first to ${target}: ${(error as Error).message}`,
    );
  }
  return entryFor(target);
}

function nativeOptions(nativeBinding: string | undefined): Database.Options {
  return nativeBinding ? { nativeBinding } : {};
}

/** Runs SQLite's quick_check; returns the problems found (empty when the file is sound). */
export function quickCheck(db: ProjectDatabase): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return problems;
}

/** Is this backup file a sound SQLite database? Opens it read-only; never changes it. */
export function isSoundBackup(file: string, nativeBinding?: string): boolean {
  let db: ProjectDatabase | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...nativeOptions(nativeBinding),
    });
    return quickCheck(db).length === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Finds the backup to restore: the named one (which must be one of this project's backups: a
 * bare name, never a path), or without a name the newest sound one that is not a damaged copy.
 */
export function chooseBackup(
  projectPath: string,
  name: string | undefined,
  nativeBinding?: string,
): BackupEntry {
  const backups = listBackups(projectPath);
  if (name !== undefined) {
    const found = backups.find((b) => b.name === name);
    if (!found)
      throw new ApiError(
        'not-found',
        `There is no backup "${name}" in ${backupsDirOf(projectPath)}.`,
      );
    if (!isSoundBackup(found.path, nativeBinding))
      throw new ApiError(
        'project-unreadable',
        `The backup ${found.path} is damaged too; choose an older one.`,
      );
    return found;
  }
  const sound = backups.find((b) => b.kind !== 'damaged' && isSoundBackup(b.path, nativeBinding));
  if (!sound)
    throw new ApiError(
      'not-found',
      `There is no sound backup of ${projectPath} in ${backupsDirOf(projectPath)}.`,
    );
  return sound;
}

/**
 * Restores a backup into the open project. The current state is backed up first (pre-restore),
 * then the backup's pages are copied into the project file through SQLite itself (online backup
 * in the other direction), so the open connection simply sees the restored data on its next
 * read, and a crash midway leaves the old state (the copy commits as one transaction).
 * `replacedAudit` is the part of the audit log the restore dropped, for recordRestore to keep.
 */
export async function restoreBackup(
  db: ProjectDatabase,
  projectPath: string,
  name: string | undefined,
  options: { nativeBinding?: string | undefined; now?: Date } = {},
): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry; replacedAudit: AuditRow[] }> {
  const restored = chooseBackup(projectPath, name, options.nativeBinding);
  const safetyCopy = await createBackup(db, projectPath, 'pre-restore', options.now);
  const source = new Database(restored.path, {
    readonly: true,
    fileMustExist: true,
    ...nativeOptions(options.nativeBinding),
  });
  let replacedAudit: AuditRow[];
  try {
    replacedAudit = auditRowsReplacedBy(db, source);
    await source.backup(path.resolve(projectPath));
  } catch (error) {
    throw new ApiError(
      'internal',
      `Restoring ${restored.path} into ${projectPath} failed; the project is unchanged and its state before the restore is in ${safetyCopy.path}: ${(error as Error).message}`,
    );
  } finally {
    source.close();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { restored, safetyCopy, replacedAudit };
}

/**
 * Recovery of a project that cannot be opened: the damaged file (with its -wal/-shm) is moved
 * into the backups folder as a `damaged` copy, never deleted, and the chosen backup is copied
 * into its place. The caller then opens the project normally (migrations run if it is older).
 */
export function restoreOverDamaged(
  projectPath: string,
  name: string | undefined,
  options: { nativeBinding?: string | undefined; now?: Date } = {},
): { restored: BackupEntry; damagedCopy: BackupEntry | undefined } {
  const absolute = path.resolve(projectPath);
  const restored = chooseBackup(absolute, name, options.nativeBinding);
  let damagedCopy: BackupEntry | undefined;
  if (fs.existsSync(absolute)) {
    const target = uniqueTarget(absolute, 'damaged', options.now ?? new Date());
    fs.renameSync(absolute, target);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(absolute + suffix)) fs.renameSync(absolute + suffix, target + suffix);
    }
    damagedCopy = entryFor(target);
  }
  const temp = `${absolute}.restore-${process.pid}`;
  fs.copyFileSync(restored.path, temp);
  fs.renameSync(temp, absolute);
  return { restored, damagedCopy };
}
