import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { gleanerBin } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const cli = useInProcessCli();

/** A project of the seed pages, made in this process (the commands under test run as children). */
async function seededProject(dir: string): Promise<string> {
  const file = path.join(dir, 'p.gleaner');
  const project = Project.open(file);
  await importPaths(project.db, [bundledSeedsDir], { actor: 'importer' });
  project.close();
  return file;
}

/** `gleaner ARGS…` started in `cwd`, its stdout as bytes (a backup is binary). */
function gleanerIn(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [gleanerBin, ...args], { cwd, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

const SQLITE_HEADER = 'SQLite format 3\0';

// Four children at about 2.5 s of CPU each: room for a loaded machine.
describe(
  '--out - writes to standard output (issue 16: it wrote a file named "-")',
  { timeout: 180_000 },
  () => {
    it('sends each command’s file to stdout, its summary to stderr, and leaves no file named -', async () => {
      const dir = tempDir();
      const project = await seededProject(dir);
      const out = (...args: string[]) =>
        gleanerIn(dir, [...args, '--project', project, '--out', '-']);

      const schema = out('schema', 'export');
      expect(schema.code).toBe(0);
      expect(JSON.parse(schema.stdout.toString('utf8'))).toMatchObject({ id: 'hospital-news' });
      expect(schema.stderr).toContain('to standard output');

      const records = out('export', '--format', 'jsonl', '--status', 'any');
      expect(records.code).toBe(0);
      const lines = records.stdout.toString('utf8').trim().split('\n');
      expect(lines).toHaveLength(9);
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty('document');
      expect(records.stderr).toMatch(/Exported 9 articles .* to standard output/);

      const backup = out('backup');
      expect(backup.code).toBe(0);
      expect(backup.stdout.subarray(0, 16).toString('latin1')).toBe(SQLITE_HEADER);
      expect(backup.stdout.length).toBe(fs.statSync(project).size);

      const pack = out('package', 'create', '--articles', '1');
      expect(pack.code).toBe(0);
      expect(pack.stdout.subarray(0, 16).toString('latin1')).toBe(SQLITE_HEADER);
      expect(pack.stderr).toMatch(/Wrote work package .* to standard output: \d+ articles/);

      expect(fs.readdirSync(dir).sort()).toEqual(['p.gleaner']);
    });

    it('refuses a dataset to stdout as wrong usage: a dataset is a folder', async () => {
      const dir = tempDir();
      const project = await seededProject(dir);
      const run = await cli('export', '--project', project, '--format', 'dataset', '--out', '-');
      expect(run.code).toBe(2);
      expect(run.err).toContain('a dataset is a folder');
    });
  },
);
