import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listImportFiles } from '../import/sources';
import { OUTSIDE_MAIN_CONTENT } from '../import/html-page';
import { prepareInProcess } from '../services/prepare-file';
import { useTempDir } from '../test-support/temp-dir';
import { createPreparePool, prepareWorkerSpawner, type PreparePool } from './prepare-pool';

const tempDir = useTempDir();
const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, '..', 'import', 'fixtures', 'html');

const pools: PreparePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('HTML main content in prepare worker threads', () => {
  it('finds the same main content and headline in a worker as in this thread', async () => {
    const dir = tempDir();
    for (const name of fs.readdirSync(FIXTURES))
      fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    const { files } = await listImportFiles([dir]);
    const pool = createPreparePool(prepareWorkerSpawner(path.join(here, 'import-worker.ts')), 2);
    pools.push(pool);
    const request = { maxBytes: 1024 * 1024 };
    const inWorkers = await pool.prepare(files, request);
    const inProcess = await prepareInProcess(files, request);
    expect(inWorkers).toEqual(structuredClone(inProcess));
    for (const prepared of inWorkers) {
      if (prepared.kind !== 'page') throw new Error(`${prepared.file.name} was not prepared`);
      expect(prepared.plan.marks.filter((m) => m.kind === 'chrome').length).toBeGreaterThan(3);
      expect(prepared.plan.articles).toHaveLength(1);
    }
    const reasons = inWorkers
      .flatMap((p) => (p.kind === 'page' ? p.plan.marks : []))
      .map((m) => m.reason);
    expect(reasons).toContain(OUTSIDE_MAIN_CONTENT);
    expect(inWorkers.map((p) => p.kind === 'page' && p.plan.articles[0]!.title)).toContain(
      '嘉禾醫院新院區動土 預計三年後啟用',
    );
  });
});
