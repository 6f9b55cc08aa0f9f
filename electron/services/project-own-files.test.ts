import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { createHandlers } from '../api/handlers';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { checkProjectFile } from './check-project-file';
import { exportHistory } from './history';
import { Project } from './project';

const tempDir = useTempDir('gleaner-own-files-');
const cli = useInProcessCli();
const caller = { client: 'window:1' };

/** The seed project, closed, with a note of the user's beside it and one backup. */
function seededFolder(): { dir: string; file: string } {
  const dir = path.join(tempDir(), 'work');
  fs.mkdirSync(dir);
  const file = path.join(dir, 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'my notes');
  return { dir, file };
}

function articleCount(file: string): number {
  const project = Project.open(file, { mustExist: true });
  try {
    return (project.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    project.close();
  }
}

describe('an output never replaces the project itself (seventh sweep)', () => {
  it(
    'refuses every command line output onto the project, its WAL or its folder, even with --overwrite',
    {
      timeout: 120_000,
    },
    async () => {
      const { dir, file } = seededFolder();
      const before = articleCount(file);
      expect(before).toBeGreaterThan(0);
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync(dir, path.join(path.dirname(dir), 'link-to-work'));
      fs.linkSync(file, path.join(path.dirname(dir), 'hard.gleaner'));
      const attempts: string[][] = [
        // Before: JSONL written over the project (then "not a SQLite file").
        ['export', '--format', 'jsonl', '--out', path.join(dir, 'sub', '..', 'p.gleaner')],
        ['export', '--format', 'csv', '--out', path.join(path.dirname(dir), 'hard.gleaner')],
        ['export', '--format', 'jsonl', '--out', `${file}-wal`],
        // Before: the project's folder, notes and all, replaced by the dataset.
        ['export', '--format', 'dataset', '--out', dir],
        ['export', '--format', 'dataset', '--out', path.join(path.dirname(dir), 'link-to-work')],
        ['export', '--format', 'dataset', '--out', path.dirname(dir)],
        ['export', '--format', 'jsonl', '--out', path.join(`${file}.backups`, 'x.gleaner')],
        ['backup', '--out', `${file}-wal`],
        ['schema', 'export', '--out', path.join(path.dirname(dir), 'link-to-work', 'p.gleaner')],
        ['package', 'create', '--status', 'new', '--out', `${file}-shm`],
      ];
      for (const args of attempts) {
        const extra = args[0] === 'export' ? ['--status', 'any'] : [];
        const run = await cli(...args, ...extra, '--project', file, '--overwrite');
        expect(run.code, args.join(' ')).toBe(1);
        expect(run.err, args.join(' ')).toContain('the project');
        expect(run.err).toContain('nothing is written there');
      }
      expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
      expect(checkProjectFile(file).problems).toEqual([]);
      expect(articleCount(file)).toBe(before);
      // An ordinary replace beside the project still works.
      fs.writeFileSync(path.join(dir, 'out.jsonl'), 'old');
      const fine = await cli(
        ...['export', '--format', 'jsonl', '--status', 'any', '--project', file],
        ...['--out', path.join(dir, 'out.jsonl'), '--overwrite'],
      );
      expect(fine.code).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'out.jsonl'), 'utf8')).not.toBe('old');
    },
  );

  it('refuses a window export confirmed onto the open project or its folder, and a history export', async () => {
    const { dir, file } = seededFolder();
    const project = Project.open(file, { mustExist: true });
    const api = createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'ana',
    });
    try {
      for (const [format, out] of [
        ['jsonl', file],
        ['dataset', dir],
      ] as const) {
        await expect(
          Promise.resolve().then(() =>
            api['export.start'](
              { format, out, status: 'any', includeRejected: false, overwrite: true },
              caller,
            ),
          ),
        ).rejects.toMatchObject({ message: expect.stringContaining('is, or holds, the project') });
      }
      expect(await api['jobs.list']({}, caller)).toEqual([]);
      await expect(
        exportHistory(project.db, { out: `${file}-wal`, format: 'jsonl', overwrite: true }),
      ).rejects.toMatchObject({ message: expect.stringContaining('is, or holds, the project') });
      expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
    } finally {
      project.close();
    }
    expect(checkProjectFile(file).problems).toEqual([]);
  });
});
