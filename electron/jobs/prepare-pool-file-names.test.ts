import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { storedDocument } from '../database/document-text-repository';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { JobRunner } from './job-runner';
import { createPreparePool, prepareWorkerSpawner, type PreparePool } from './prepare-pool';
import { sourceWorkerLauncher } from './source-worker-launcher';

const tempDir = useTempDir();
const here = path.dirname(fileURLToPath(import.meta.url));
const fromSources = prepareWorkerSpawner(path.join(here, 'import-worker.ts'));
const pools: PreparePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const text = '第一人民医院投资4100万元建设新院区。';

/** A folder holding 测试.txt named in GBK, as a Chinese Windows machine writes it. */
function folderWithGbkName(): string {
  const folder = path.join(tempDir(), 'in');
  fs.mkdirSync(folder);
  const gbkName = Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x2e, 0x74, 0x78, 0x74]);
  fs.writeFileSync(Buffer.concat([Buffer.from(folder + path.sep), gbkName]), text);
  return folder;
}

describe('a file named in GBK, prepared by the worker threads (issue 16)', () => {
  it('is read by its bytes in a prepare thread, stored, and named readably', async () => {
    const folder = folderWithGbkName();
    const pool = createPreparePool(fromSources, 2);
    pools.push(pool);
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    try {
      const report = await importPaths(project.db, [folder], {
        actor: 't',
        preparer: pool.prepare,
      });
      expect(report.skipped).toEqual([]);
      expect(report.imported.map((file) => file.name)).toEqual(['测试.txt']);
      expect(storedDocument(project.db, report.imported[0]!.documentIds[0]!)).toMatchObject({
        name: '测试.txt',
        text,
      });
    } finally {
      project.close();
    }
  });

  it('is imported by the import job, whose batch is big enough to start the prepare threads', async () => {
    const folder = folderWithGbkName();
    // A sparse 9 MB file takes the batch past the 8 MB from which the job prepares in threads;
    // it is over this import's size limit, so it is skipped without being read.
    const big = path.join(folder, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 9 * 1024 * 1024);
    const projectPath = path.join(tempDir(), 'p.gleaner');
    Project.open(projectPath).close();
    process.env.GLEANER_PREPARE_WORKERS = '2';
    try {
      const runner = new JobRunner(sourceWorkerLauncher);
      const job = runner.startImport({
        projectPath,
        paths: [folder],
        actor: 't',
        maxBytes: 1024 * 1024,
      });
      const finished = await runner.wait(job.id);
      expect(finished.status).toBe('done');
      expect(finished.report!.imported.map((file) => file.name)).toEqual(['测试.txt']);
      expect(finished.report!.skipped.map((file) => file.name)).toEqual(['big.txt']);
    } finally {
      delete process.env.GLEANER_PREPARE_WORKERS;
    }
    const project = Project.open(projectPath);
    try {
      const names = project.db.prepare('SELECT name FROM documents').pluck().all();
      expect(names).toEqual(['测试.txt']);
    } finally {
      project.close();
    }
  });
});
