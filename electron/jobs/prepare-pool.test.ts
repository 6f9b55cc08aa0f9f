import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { listImportFiles } from '../import/sources';
import type { ImportFile } from '../import/types';
import { importPaths, type ImportReport } from '../services/import-pipeline';
import { prepareInProcess } from '../services/prepare-file';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { JobRunner } from './job-runner';
import { sourceWorkerLauncher } from './source-worker-launcher';
import {
  configuredPrepareWorkerCount,
  createPreparePool,
  prepareWorkerSpawner,
  splitBySize,
  type PreparePool,
} from './prepare-pool';

const tempDir = useTempDir();
const here = path.dirname(fileURLToPath(import.meta.url));
// Prepare workers from the sources, as the import worker started by the test launcher makes them.
const fromSources = prepareWorkerSpawner(path.join(here, 'import-worker.ts'));

const pools: PreparePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});
function pool(spawn = fromSources, size = 2): PreparePool {
  const created = createPreparePool(spawn, size);
  pools.push(created);
  return created;
}

/** A folder with every kind of file an import meets: pages, GBK, HTML, a table, a bad file. */
function mixedFolder(): string {
  const dir = tempDir();
  for (const name of fs.readdirSync(bundledSeedsDir).filter((n) => n.endsWith('.txt')))
    fs.copyFileSync(path.join(bundledSeedsDir, name), path.join(dir, `a-${name}`));
  const page = fs.readFileSync(path.join(bundledSeedsDir, '004_a2790656f718fd24.txt'), 'utf8');
  fs.writeFileSync(path.join(dir, 'b-gbk.txt'), iconv.encode(page, 'gbk'));
  fs.writeFileSync(path.join(dir, 'c-dup.txt'), page);
  fs.writeFileSync(path.join(dir, 'd-page.html'), '<p>阜新市第二人民医院</p><p>高质量发展。</p>');
  fs.writeFileSync(
    path.join(dir, 'e-rows.csv'),
    'title,text\n第一篇,医院新闻一\n第二篇,医院新闻二\n',
  );
  fs.writeFileSync(path.join(dir, 'f-empty.txt'), '');
  return dir;
}

function file(name: string, size: number): ImportFile {
  return { path: `/x/${name}`, name, size, kind: 'text' };
}

describe('splitBySize', () => {
  it('cuts a batch into consecutive runs that keep every file once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 100_000 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 4 }),
        (sizes, parts) => {
          const files = sizes.map((size, i) => file(`${i}.txt`, size));
          const runs = splitBySize(files, parts);
          expect(runs.flat()).toEqual(files);
          expect(runs.length).toBeLessThanOrEqual(parts);
          for (const run of runs) expect(run.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('gives each worker about the same number of bytes', () => {
    const files = [...Array(64).keys()].map((i) => file(`${i}.txt`, i % 2 === 0 ? 1000 : 9000));
    const bytes = splitBySize(files, 2).map((run) => run.reduce((s, f) => s + f.size, 0));
    expect(bytes).toHaveLength(2);
    expect(Math.abs(bytes[0]! - bytes[1]!)).toBeLessThanOrEqual(9000);
  });
});

describe('createPreparePool', () => {
  it('prepares in worker threads exactly what this thread would, in file order', async () => {
    const { files } = await listImportFiles([mixedFolder()]);
    const request = { maxBytes: 1024 * 1024 };
    const inWorkers = await pool().prepare(files, request);
    const inProcess = await prepareInProcess(files, request);
    expect(inWorkers.map((p) => p.file.name)).toEqual(files.map((f) => f.name));
    // Bytes come back as a Uint8Array rather than a Buffer, as any structured clone would have them.
    expect(inWorkers).toEqual(structuredClone(inProcess));
    expect(inWorkers.filter((p) => p.kind === 'page' && p.doc.original)).toHaveLength(2);
  });

  it('imports through the pool with the same report and stored bytes as without it', async () => {
    const dir = mixedFolder();
    const reports: ImportReport[] = [];
    const originals: unknown[] = [];
    for (const preparer of [undefined, pool().prepare]) {
      const project = Project.open(path.join(tempDir(), 'p.gleaner'));
      reports.push(await importPaths(project.db, [dir], { actor: 't', preparer }));
      originals.push(
        project.db.prepare('SELECT name, hex(original) AS h FROM documents ORDER BY id').all(),
      );
      project.close();
    }
    const [alone, pooled] = reports;
    expect(pooled!.duplicates.map((d) => [d.name, d.matchedName])).toEqual([
      ['b-gbk.txt', 'a-004_a2790656f718fd24.txt'],
      ['c-dup.txt', 'a-004_a2790656f718fd24.txt'],
    ]);
    expect(pooled).toEqual(alone);
    expect(originals[1]).toEqual(originals[0]);
  });

  it('fails the prepare, and the import, when a worker dies', async () => {
    const dying = pool(() => new Worker('process.exit(3)', { eval: true }));
    const { files } = await listImportFiles([bundledSeedsDir]);
    await expect(dying.prepare(files, { maxBytes: 1024 * 1024 })).rejects.toThrow(/exit code 3/);
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    await expect(
      importPaths(project.db, [bundledSeedsDir], { actor: 't', preparer: dying.prepare }),
    ).rejects.toThrow(/exit code 3/);
    expect(project.info().documentCount).toBe(0);
    project.close();
  });

  it('stops its workers when closed, and prepares nothing after', async () => {
    const started: Worker[] = [];
    const tracked = pool(() => {
      const worker = fromSources();
      started.push(worker);
      return worker;
    });
    const { files } = await listImportFiles([bundledSeedsDir]);
    await tracked.prepare(files, { maxBytes: 1024 * 1024 });
    expect(started).toHaveLength(2);
    const exits = started.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    await tracked.close();
    await Promise.all(exits);
    await expect(tracked.prepare(files, { maxBytes: 1024 * 1024 })).rejects.toThrow(/stopped/);
  });
});

describe('prepare workers in an import job', () => {
  it('are on by default, off with 0, and a count or auto is honoured up to four', () => {
    expect(configuredPrepareWorkerCount({})).toBeGreaterThan(1);
    expect(configuredPrepareWorkerCount({ GLEANER_PREPARE_WORKERS: '0' })).toBe(0);
    expect(configuredPrepareWorkerCount({ GLEANER_PREPARE_WORKERS: '2' })).toBe(2);
    expect(configuredPrepareWorkerCount({ GLEANER_PREPARE_WORKERS: '9' })).toBe(4);
    expect(configuredPrepareWorkerCount({ GLEANER_PREPARE_WORKERS: 'x' })).toBe(0);
    expect(configuredPrepareWorkerCount({ GLEANER_PREPARE_WORKERS: 'auto' })).toBeGreaterThan(1);
  });

  it('import a folder through the job worker with prepare workers on', async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(projectPath);
    // Worker threads copy the environment when they start.
    process.env.GLEANER_PREPARE_WORKERS = '2';
    try {
      const runner = new JobRunner(sourceWorkerLauncher);
      const job = runner.startImport({ projectPath, paths: [mixedFolder()], actor: 't' });
      const finished = await runner.wait(job.id);
      expect(finished.status).toBe('done');
      expect(finished.report!.duplicates.map((d) => d.name)).toEqual(['b-gbk.txt', 'c-dup.txt']);
      expect(project.info().documentCount).toBe(finished.report!.imported.length + 1);
    } finally {
      delete process.env.GLEANER_PREPARE_WORKERS;
    }
    project.close();
  });

  it("pass the import's chosen encoding to the prepare workers", async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'short.txt'), iconv.encode('院', 'big5'));
    process.env.GLEANER_PREPARE_WORKERS = '2';
    try {
      const runner = new JobRunner(sourceWorkerLauncher);
      const job = runner.startImport({ projectPath, paths: [dir], actor: 't', encoding: 'big5' });
      const finished = await runner.wait(job.id);
      expect(finished.report!.imported.map((i) => [i.name, i.encoding])).toEqual([
        ['short.txt', 'big5'],
      ]);
    } finally {
      delete process.env.GLEANER_PREPARE_WORKERS;
    }
  });
});
