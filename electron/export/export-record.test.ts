import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { listExports } from '../database/exports-repository';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { holdWriteLock } from '../test-support/write-lock-holder';
import { exportToFile } from './export-formats';

const tempDir = useTempDir('gleaner-export-record-');
const cli = useInProcessCli();

function seeded(): string {
  const file = path.join(tempDir(), 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  return file;
}

function lines(file: string): number {
  return fs.readFileSync(file, 'utf8').trim().split('\n').length;
}

/** Every article of the project to JSONL at `out`, as the export dialog's "Any status" does. */
function exportAll(project: Project, out: string) {
  return exportToFile(project.db, 'jsonl', { out, actor: 'tester', filter: { status: 'any' } });
}

// Past the five seconds a write waits for another program's lock (open-project.ts).
const LOCK_MS = 6500;
// The command line starts a process first (a few seconds on a loaded runner) before its record
// write waits its five seconds: held this long, the lock is still there when that wait ends.
const CLI_LOCK_MS = 15_000;

describe('an export whose own record meets the project locked by another program (issue 16)', () => {
  it(
    'keeps the finished file and says it was not recorded, instead of failing',
    { timeout: 90_000 },
    async () => {
      const file = seeded();
      const out = path.join(path.dirname(file), 'records.jsonl');
      const project = Project.open(file);
      try {
        const lock = await holdWriteLock(file, LOCK_MS);
        const result = await exportAll(project, out);
        await lock.released;
        expect(lines(out)).toBe(result.articles);
        expect(result.articles).toBe(9);
        expect(result.notRecorded).toBe('locked');
        expect(listExports(project.db)).toEqual([]);

        // Once the lock is free, the next export is recorded as before.
        const next = await exportAll(project, path.join(path.dirname(file), 'again.jsonl'));
        expect(next.notRecorded).toBeUndefined();
        expect(listExports(project.db)).toHaveLength(1);
      } finally {
        project.close();
      }
    },
  );

  it(
    'gleaner export exits 0 with the file written, warning that the export is not in the project list',
    { timeout: 90_000 },
    async () => {
      const file = seeded();
      const out = path.join(path.dirname(file), 'records.jsonl');
      const lock = await holdWriteLock(file, CLI_LOCK_MS);
      const run = await cli(
        'export',
        '--project',
        file,
        '--format',
        'jsonl',
        '--status',
        'any',
        '--out',
        out,
      );
      await lock.released;
      expect(run.err).toMatch(/not recorded .*another program .* locked/);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/Exported 9 articles/);
      expect(lines(out)).toBe(9);
    },
  );
});
