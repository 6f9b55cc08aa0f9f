import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerLauncher } from './job-runner';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Workers from the TypeScript sources, through tsx (tests, the command line, browser mode).
 * Kept out of job-runner.ts because the desktop bundle is CommonJS, where import.meta is empty;
 * the desktop app uses bundledWorkerLauncher instead.
 */
export const sourceWorkerLauncher: WorkerLauncher = {
  spawn: (data, name = 'import-worker') =>
    new Worker(path.join(here, 'worker-bootstrap.mjs'), {
      workerData: { ...data, entry: path.join(here, `${name}.ts`) },
    }),
};
