import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, bundledSeedsDir } from '../app-root';
import { Project } from './project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-backup-full-');

// Found by the attack pass (docs/security.md): with the disk full (here a file-size limit), a
// backup failed as `internal` with SQLite's bare "disk I/O error" and no registry key, so the
// window could not say it in its language.
describe.skipIf(process.platform === 'win32')('a backup when the disk is full', () => {
  it('fails with a registry error naming the target, leaves no partial file and the project as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gleaner');
    Project.open(file, { seedsDir: bundledSeedsDir }).close();
    const before = fs.readFileSync(file);
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
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
