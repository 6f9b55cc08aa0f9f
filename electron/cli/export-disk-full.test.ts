import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { gleanerBin } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-export-full-');

// Found by the attack pass of 2026-12-07 (docs/reliability.md): on a full disk `gleaner export`
// said only "gleaner: ENOSPC: no space left on device, write", naming no file.
describe.skipIf(process.platform === 'win32')('gleaner export when the disk is full', () => {
  it('names the file it was writing, keeps the file it was to replace, and leaves nothing behind', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    Project.open(project, { seedsDir: bundledSeedsDir }).close();
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    const out = path.join(outDir, 'records.jsonl');
    fs.writeFileSync(out, 'the export of yesterday\n');
    // A file-size limit of 64 KiB fails the write as a full disk does (EFBIG); the seeded
    // project's records take about 150 KB.
    const run = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 64 && exec "$0" "$@"',
        process.execPath,
        gleanerBin,
        'export',
        '--project',
        project,
        '--format',
        'jsonl',
        '--status',
        'any',
        '--out',
        out,
        '--overwrite',
      ],
      { cwd: appRoot, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(out);
    expect(run.stderr).toMatch(/disk is full/);
    expect(fs.readFileSync(out, 'utf8')).toBe('the export of yesterday\n');
    expect(fs.readdirSync(outDir)).toEqual(['records.jsonl']);
  });
});
