import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-onto-folder-');
const cli = useInProcessCli();

describe('a file output confirmed onto a folder (issue 16, eighth sweep)', () => {
  it('is refused at once, naming the folder, and leaves nothing behind', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    Project.open(project, { seedsDir: bundledSeedsDir }).close();
    const folder = path.join(dir, 'results');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'keep.txt'), 'mine');
    for (const args of [
      ['export', '--format', 'jsonl', '--status', 'any'],
      ['export', '--format', 'xlsx', '--status', 'any'],
      ['backup'],
      ['package', 'create', '--status', 'new'],
    ]) {
      const run = await cli(...args, '--project', project, '--out', folder, '--overwrite');
      expect(run.code, args.join(' ')).not.toBe(0);
      // Before: "…/.results.HOST-PID-RANDOM.partial is a folder, not a file" after the whole
      // export was written, or SQLite's own words for the backup.
      expect(run.err, args.join(' ')).toBe(`gleaner: ${folder} is a folder, not a file.`);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['p.gleaner', 'results']);
    expect(fs.readdirSync(folder)).toEqual(['keep.txt']);
  });
});
