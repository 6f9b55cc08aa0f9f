import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { getMeta, setMeta } from '../database/meta-repository';
import { useTempDir } from '../test-support/temp-dir';
import {
  backupFileName,
  backupsDirOf,
  backupsToPrune,
  createBackup,
  isBackupDue,
  listBackups,
  parseBackupName,
  restoreBackup,
  restoreOverDamaged,
  type BackupEntry,
  type BackupKind,
} from './backups';
import { Project } from './project';

const tempDir = useTempDir();
const hour = 60 * 60 * 1000;

function entry(kind: BackupKind, hoursAgo: number, now = new Date('2026-11-23T12:00:00Z')) {
  const at = new Date(now.getTime() - hoursAgo * hour);
  return { kind, createdAt: at.toISOString(), name: backupFileName(kind, at) };
}

async function caught(promise: Promise<unknown> | (() => unknown)): Promise<ApiError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a failure');
}

describe('backup names', () => {
  it('say when and why a backup was made, and read back the same', () => {
    const at = new Date('2026-11-23T08:05:09.123Z');
    const name = backupFileName('pre-migration', at, 4);
    expect(name).toBe('2026-11-23T08-05-09.123Z.pre-migration-v4.gleaner');
    expect(parseBackupName(name)).toEqual({
      kind: 'pre-migration',
      createdAt: '2026-11-23T08:05:09.123Z',
      schemaVersion: 4,
    });
    expect(parseBackupName(backupFileName('daily', at))).toEqual({
      kind: 'daily',
      createdAt: '2026-11-23T08:05:09.123Z',
    });
    for (const other of [
      'notes.txt',
      '../x.daily.gleaner',
      '2026-11-23T08-05-09.123Z.weekly.gleaner',
    ])
      expect(parseBackupName(other), other).toBeUndefined();
  });
});

describe('when a daily backup is due', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('is due with no backup at all, or when the newest is a day old', () => {
    expect(isBackupDue([], now)).toBe(true);
    expect(isBackupDue([entry('daily', 24)], now)).toBe(true);
    expect(isBackupDue([entry('daily', 30), entry('manual', 25)], now)).toBe(true);
  });
  it('is not due when any backup (manual, pre-migration…) is younger than a day', () => {
    expect(isBackupDue([entry('daily', 23)], now)).toBe(false);
    expect(isBackupDue([entry('daily', 40), entry('manual', 1)], now)).toBe(false);
    expect(isBackupDue([entry('pre-migration', 2)], now)).toBe(false);
  });
  it('does not count a damaged copy as a backup', () => {
    expect(isBackupDue([entry('damaged', 1)], now)).toBe(true);
  });
  it('does not count one dated after now: the clock went back (ninth sweep)', () => {
    // Before: a backup "from" next year kept any daily backup from being made until then.
    expect(isBackupDue([entry('daily', -24 * 365)], now)).toBe(true);
    expect(isBackupDue([entry('daily', -24 * 365), entry('manual', 2)], now)).toBe(false);
  });
});

describe('pruning', () => {
  it('keeps the newest 10 daily and 10 manual, and every pre-migration and damaged copy', () => {
    const backups = [
      ...Array.from({ length: 14 }, (_, i) => entry('daily', 24 * i)),
      ...Array.from({ length: 11 }, (_, i) => entry('manual', i + 0.5)),
      ...Array.from({ length: 20 }, (_, i) => entry('pre-migration', 100 * i)),
      entry('damaged', 3000),
    ];
    const pruned = backupsToPrune(backups);
    expect(pruned.filter((b) => b.kind === 'daily').map((b) => b.createdAt)).toEqual(
      [10, 11, 12, 13].map((i) => entry('daily', 24 * i).createdAt),
    );
    expect(pruned.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(pruned.some((b) => b.kind === 'pre-migration' || b.kind === 'damaged')).toBe(false);
  });
});

describe('backups of a real project', () => {
  it('keeps the copy just made when the clock has gone back before the others (ninth sweep)', async () => {
    const file = path.join(tempDir(), 'clock.gleaner');
    const project = Project.open(file);
    const start = new Date('2026-11-01T09:00:00Z');
    for (let day = 0; day < 10; day++) {
      await createBackup(project.db, file, 'daily', new Date(start.getTime() + day * 24 * hour));
    }
    // The machine's clock reset to 2000 (a flat battery): the next backup is dated before all.
    const made = await createBackup(project.db, file, 'daily', new Date('2000-01-01T00:00:00Z'));
    // Before: pruned at once as the oldest, so the newest state had no backup at all.
    expect(fs.existsSync(made.path)).toBe(true);
    expect(listBackups(file).map((b) => b.name)).toContain(made.name);
    project.close();
  });

  it('are listed newest first, beside the project, and pruned as they accumulate', async () => {
    const file = path.join(tempDir(), 'survey.gleaner');
    const project = Project.open(file);
    const start = new Date('2026-11-01T09:00:00Z');
    for (let day = 0; day < 12; day++) {
      await createBackup(project.db, file, 'daily', new Date(start.getTime() + day * 24 * hour));
    }
    const listed = listBackups(file);
    expect(path.dirname(listed[0]!.path)).toBe(`${file}.backups`);
    expect(listed).toHaveLength(10);
    expect(listed[0]!.createdAt).toBe('2026-11-12T09:00:00.000Z');
    expect(listed.at(-1)!.createdAt).toBe('2026-11-03T09:00:00.000Z');
    // Each is a complete single-file project.
    const copy = new Database(listed[0]!.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(getMeta(copy, 'created_at')).toBe(getMeta(project.db, 'created_at'));
    copy.close();
    expect(fs.existsSync(`${listed[0]!.path}-wal`)).toBe(false);
    project.close();
  });

  it('restore brings back the backed-up state; the state before the restore is kept', async () => {
    const file = path.join(tempDir(), 'survey.gleaner');
    const project = Project.open(file);
    setMeta(project.db, 'note', 'before the backup');
    const backup = await createBackup(project.db, file, 'manual');
    setMeta(project.db, 'note', 'written after the backup');
    setMeta(project.db, 'only-after', 'yes');

    const result = await restoreBackup(project.db, file, backup.name);
    expect(result.restored.name).toBe(backup.name);
    // The open connection sees the restored data at once.
    expect(getMeta(project.db, 'note')).toBe('before the backup');
    expect(getMeta(project.db, 'only-after')).toBeUndefined();
    // The pre-restore copy holds what the restore replaced.
    expect(result.safetyCopy.kind).toBe('pre-restore');
    const safety = new Database(result.safetyCopy.path, { readonly: true });
    expect(getMeta(safety, 'note')).toBe('written after the backup');
    safety.close();
    // Writing after a restore works and survives reopening; the file is still a WAL project.
    setMeta(project.db, 'note', 'after the restore');
    project.close();
    const reopened = Project.open(file);
    expect(getMeta(reopened.db, 'note')).toBe('after the restore');
    expect(getMeta(reopened.db, 'only-after')).toBeUndefined();
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    reopened.close();
  });

  it('restore refuses a name that is not one of the backups (no paths)', async () => {
    const file = path.join(tempDir(), 'survey.gleaner');
    const project = Project.open(file);
    await createBackup(project.db, file, 'manual');
    for (const name of ['../survey.gleaner', '/etc/passwd', 'x.daily.gleaner']) {
      expect((await caught(restoreBackup(project.db, file, name))).code).toBe('not-found');
    }
    project.close();
  });

  it('restore without a name skips damaged backups and takes the newest sound one', async () => {
    const file = path.join(tempDir(), 'survey.gleaner');
    const project = Project.open(file);
    setMeta(project.db, 'note', 'old and sound');
    await createBackup(project.db, file, 'manual', new Date('2026-11-01T00:00:00Z'));
    setMeta(project.db, 'note', 'newer but its backup is damaged');
    const newer = await createBackup(project.db, file, 'manual', new Date('2026-11-02T00:00:00Z'));
    fs.writeFileSync(newer.path, Buffer.alloc(8192, 7));

    await restoreBackup(project.db, file, undefined);
    expect(getMeta(project.db, 'note')).toBe('old and sound');
    project.close();
  });

  it('recovery moves a damaged file aside (kept) and puts the backup in its place', async () => {
    const file = path.join(tempDir(), 'survey.gleaner');
    const project = Project.open(file);
    setMeta(project.db, 'note', 'good');
    await createBackup(project.db, file, 'daily');
    project.close();
    fs.writeFileSync(file, Buffer.alloc(4096, 1));

    const { damagedCopy } = restoreOverDamaged(file, undefined);
    expect(damagedCopy?.kind).toBe('damaged');
    expect(fs.readFileSync(damagedCopy!.path)).toEqual(Buffer.alloc(4096, 1));
    const reopened = Project.open(file);
    expect(getMeta(reopened.db, 'note')).toBe('good');
    reopened.close();
    expect(
      listBackups(file)
        .map((b: BackupEntry) => b.kind)
        .sort(),
    ).toEqual(['daily', 'damaged']);
    expect(backupsDirOf(file)).toBe(`${file}.backups`);
  });
});
