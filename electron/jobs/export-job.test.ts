import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { createHandlers } from '../api/handlers';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { sourceWorkerLauncher } from './source-worker-launcher';
import { JobRunner } from './job-runner';

const tempDir = useTempDir();
/** The one window these tests call from (its session signs in the project's lone admin). */
const caller = { client: 'window:1' };

/** A project with the 9 seed articles, and the API handlers over it with a real job runner. */
function seededProject(): {
  dir: string;
  project: Project;
  api: ReturnType<typeof createHandlers>;
} {
  const dir = tempDir();
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const api = createHandlers({ project, jobs: new JobRunner(sourceWorkerLauncher), actor: 'ana' });
  return { dir, project, api };
}

async function waitForJob(
  api: ReturnType<typeof createHandlers>,
  id: string,
): Promise<Awaited<ReturnType<(typeof api)['jobs.get']>>> {
  for (;;) {
    const job = await api['jobs.get']({ id }, caller);
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('export jobs (export.start in a worker, exports.list)', () => {
  it('never replaces an existing file or folder unless the user confirmed it', async () => {
    const { dir, project, api } = seededProject();
    const file = path.join(dir, 'mine.csv');
    fs.writeFileSync(file, 'my own table');
    // An empty folder: one holding other files is refused even when confirmed (dataset-folder.test.ts).
    const folder = path.join(dir, 'dataset');
    fs.mkdirSync(folder);
    for (const [format, out] of [
      ['csv', file],
      ['dataset', folder],
    ] as const) {
      const request = { format, out, status: 'any', includeRejected: false } as const;
      await expect(
        Promise.resolve().then(() => api['export.start']({ ...request, overwrite: false }, caller)),
      ).rejects.toMatchObject({ code: 'file-exists', message: expect.stringContaining(out) });
      expect(await api['jobs.list']({}, caller)).toEqual([]);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('my own table');
    expect(fs.readdirSync(folder)).toEqual([]);
    const started = await api['export.start'](
      { format: 'csv', out: file, status: 'any', includeRejected: false, overwrite: true },
      caller,
    );
    expect((await waitForJob(api, started.id)).status).toBe('done');
    expect(fs.readFileSync(file, 'utf8')).not.toBe('my own table');
    project.close();
  });

  it('writes the file in a worker, reports its counts and hash, and records it', async () => {
    const { dir, project, api } = seededProject();
    const out = path.join(dir, 'out.jsonl');
    const started = await api['export.start'](
      {
        format: 'jsonl',
        out,
        status: 'any',
        includeRejected: false,
        overwrite: false,
      },
      caller,
    );
    expect(started).toMatchObject({ kind: 'export', status: 'running' });
    const job = await waitForJob(api, started.id);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job.progress).toMatchObject({ phase: 'export', done: 9, total: 9 });
    const lines = fs.readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(job.exportResult).toMatchObject({ path: out, articles: 9 });
    expect(job.exportResult?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = await api['exports.list']({}, caller);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      actor: 'ana',
      format: 'jsonl',
      articleCount: 9,
      path: out,
      sha256: job.exportResult?.sha256,
    });
    project.close();
  });

  it('exports a dataset folder through the same job', async () => {
    const { dir, project, api } = seededProject();
    const out = path.join(dir, 'dataset');
    const started = await api['export.start'](
      {
        format: 'dataset',
        out,
        status: 'any',
        includeRejected: false,
        overwrite: false,
      },
      caller,
    );
    const job = await waitForJob(api, started.id);
    expect(job.status).toBe('done');
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
    expect((await api['exports.list']({}, caller))[0]).toMatchObject({
      format: 'dataset',
      path: out,
    });
    project.close();
  });

  it('cancelled, it leaves no file and no record', async () => {
    const { dir, project, api } = seededProject();
    const out = path.join(dir, 'out.xlsx');
    const started = await api['export.start'](
      {
        format: 'xlsx',
        out,
        status: 'any',
        includeRejected: false,
        overwrite: false,
      },
      caller,
    );
    // Cancelled before the worker reaches its first article (it takes a moment to start).
    await api['jobs.cancel']({ id: started.id }, caller);
    const job = await waitForJob(api, started.id);
    expect(job.status).toBe('cancelled');
    expect(job.exportResult).toBeNull();
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('out'))).toEqual([]);
    expect(await api['exports.list']({}, caller)).toEqual([]);
    project.close();
  });

  it('refuses a folder that does not exist before starting any worker', async () => {
    const { dir, project, api } = seededProject();
    const out = path.join(dir, 'missing', 'out.csv');
    await expect(
      Promise.resolve().then(() =>
        api['export.start'](
          { format: 'csv', out, status: 'approved', includeRejected: false, overwrite: false },
          caller,
        ),
      ),
    ).rejects.toThrow(`The folder ${path.join(dir, 'missing')} does not exist.`);
    expect(await api['jobs.list']({}, caller)).toEqual([]);
    project.close();
  });
});
