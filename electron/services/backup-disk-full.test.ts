import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appRoot, bundledSeedsDir } from '../app-root';
import { Project } from './project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-backup-full-');

/**
 * Every row of every table: the backup notes itself in the project while it copies (so that a
 * kill's leftovers are found, killed-backup.test.ts) and forgets the note when it ends, which
 * changes the file's bytes but none of its rows.
 */
function rowsOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]),
    );
  } finally {
    db.close();
  }
}

// Found by the attack pass (docs/security.md): with the disk full (here a file-size limit), a
// backup failed as `internal` with SQLite's bare "disk I/O error" and no registry key, so the
// window could not say it in its language.
describe.skipIf(process.platform === 'win32')('a backup when the disk is full', () => {
  it('fails with a registry error naming the target, leaves no partial file and the project as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gleaner');
    Project.open(file, { seedsDir: bundledSeedsDir }).close();
    const before = rowsOf(file);
    const out = path.join(dir, 'backups', 'copy.gleaner');
    const script = path.join(appRoot, 'electron', 'test-support', 'backup-with-file-limit.ts');
    // 64 KiB: far less than the seeded project's half megabyte.
    const run = spawnSync(
      'sh',
      ['-c', 'ulimit -f 64 && exec "$0" --import tsx "$@"', process.execPath, script, file, out],
      { cwd: appRoot, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    const payload = JSON.parse(run.stdout) as { code: string; key?: string; params?: object };
    expect(payload.key).toBe('backup-failed');
    expect(payload.params).toMatchObject({ file: out });
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    expect(rowsOf(file)).toBe(before);
  });
});
