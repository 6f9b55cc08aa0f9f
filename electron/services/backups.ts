import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { apiError } from '../../shared/contract/error-messages';
import { ApiError } from '../../shared/contract/errors';
import { latestSchemaVersion, schemaVersionOf } from '../database/migrate';
import type { ProjectDatabase } from '../database/open-project';
import { differencesList, structureDifferences } from '../database/project-structure';
import type { AuditRow } from '../database/audit-row';
import {
  backupsDirOf,
  checkpointWal,
  entryFor,
  nativeOptions,
  parseBackupName,
  quickCheck,
  uniqueTarget,
  type BackupEntry,
  type BackupKind,
} from '../database/backup-files';
import { backupProject } from './project-backup';
import { auditRowsReplacedBy } from './restore-audit';

export {
  backupFileName,
  backupKinds,
  backupsDirOf,
  createPreMigrationBackup,
  parseBackupName,
  quickCheck,
  type BackupEntry,
  type BackupKind,
} from '../database/backup-files';

/** How many of each kind pruning keeps; pre-migration and damaged copies are all kept. */
export const keepPerKind: Record<BackupKind, number> = {
  daily: 10,
  manual: 10,
  'pre-restore': 10,
  'pre-migration': Number.POSITIVE_INFINITY,
  damaged: Number.POSITIVE_INFINITY,
};

export const backupIntervalMs = 24 * 60 * 60 * 1000;

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
 * any backup the user made or the app made (except a damaged copy) counts. One dated after
 * `now` does not: the clock was ahead when it was made, or has gone back since (a reset
 * battery, a wrong time zone corrected). Counted, it kept every daily backup from being made
 * until the clock caught up, months or years later (ninth sweep).
 */
export function isBackupDue(
  backups: readonly Pick<BackupEntry, 'kind' | 'createdAt'>[],
  now: Date,
  intervalMs = backupIntervalMs,
): boolean {
  const newest = backups
    .filter((b) => b.kind !== 'damaged' && Date.parse(b.createdAt) <= now.getTime())
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

/**
 * `justMade` is never pruned: pruning goes by the time in the names, and with the clock gone back
 * the copy just made is dated before all the others, so it was removed the moment it was made
 * and the project's newest state had no backup (ninth sweep). It still counts among those kept.
 */
export function pruneBackups(projectPath: string, justMade?: string): string[] {
  const removed = backupsToPrune(listBackups(projectPath)).filter((b) => b.path !== justMade);
  for (const backup of removed) fs.rmSync(backup.path, { force: true });
  return removed.map((b) => b.name);
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
  pruneBackups(projectPath, target);
  return entryFor(target);
}

/**
 * Why this backup cannot be restored, or undefined when it can: it must be a sound SQLite file
 * (quick_check), of a schema this Gleaner knows, and with exactly the structure Gleaner makes.
 * The backups folder is an ordinary folder: a file copied there from a newer Gleaner would
 * otherwise replace the open project with one it cannot use, and one whose triggers another
 * program changed would bring them into the open project (fifth attack sweep). Read-only.
 */
export function backupRefusal(file: string, nativeBinding?: string): ApiError | undefined {
  let db: ProjectDatabase | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...nativeOptions(nativeBinding),
    });
    if (quickCheck(db).length > 0) return apiError('backup-damaged', { file });
    const found = schemaVersionOf(db);
    if (found > latestSchemaVersion)
      return apiError('project-too-new', { file, found, known: latestSchemaVersion });
    const foreign = structureDifferences(db, { nativeBinding });
    if (foreign.length > 0)
      return apiError('project-structure-foreign', { file, objects: differencesList(foreign) });
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? error : apiError('backup-damaged', { file });
  } finally {
    db?.close();
  }
}

/** Can this backup be restored? (See backupRefusal.) Never changes it. */
export function isSoundBackup(file: string, nativeBinding?: string): boolean {
  return backupRefusal(file, nativeBinding) === undefined;
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
    if (!found) throw apiError('backup-missing', { name, folder: backupsDirOf(projectPath) });
    const refusal = backupRefusal(found.path, nativeBinding);
    if (refusal) throw refusal;
    return found;
  }
  const sound = backups.find((b) => b.kind !== 'damaged' && isSoundBackup(b.path, nativeBinding));
  if (!sound)
    throw apiError('no-sound-backup', { file: projectPath, folder: backupsDirOf(projectPath) });
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
    throw apiError('restore-failed', {
      backup: restored.path,
      file: projectPath,
      safetyCopy: safetyCopy.path,
      reason: (error as Error).message,
    });
  } finally {
    source.close();
  }
  checkpointWal(db);
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
