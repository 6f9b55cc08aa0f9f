import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { backupCommand } from '../cli/project-commands';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';

const tempDir = useTempDir('gleaner-backup-race-');

describe('gleaner backup without --overwrite (seventh sweep)', () => {
  it('never replaces a file that appears at --out while the copy is being made', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gleaner');
    Project.open(file, { seedsDir: bundledSeedsDir }).close();
    const out = path.join(dir, 'b.gleaner');
    // The command checks --out, then copies; another backup to the same name lands meanwhile.
    const running = backupCommand({ project: file, out, overwrite: false });
    fs.writeFileSync(out, 'the other project’s backup');
    // Before: both reported success, and this file was replaced without a word.
    await expect(running).rejects.toMatchObject({ code: 'file-exists' });
    expect(fs.readFileSync(out, 'utf8')).toBe('the other project’s backup');
    expect(fs.readdirSync(dir).sort()).toEqual(['b.gleaner', 'p.gleaner']);
    // Confirmed, it replaces it.
    await backupCommand({ project: file, out, overwrite: true });
    expect(fs.readFileSync(out).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
