import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { freshCliBundle } from '../../bin/cli-bundle.mjs';
import { appRoot } from '../app-root';
import { bundledWorkerLauncher, type WorkerLauncher } from './job-runner';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Whether this module runs inside the command line's bundle (dist-electron/cli.mjs, see
 * bin/cli-bundle.mjs) rather than from its TypeScript source.
 */
export function runningFromCliBundle(moduleUrl: string = import.meta.url): boolean {
  return path.basename(fileURLToPath(moduleUrl)) === 'cli.mjs';
}

/**
 * Where the bundled workers are, or null to run the sources through tsx. Inside the command
 * line's bundle the workers built beside it in the same build (tsx is not loaded there, and the
 * sources need not be). From the sources, their bundle only when `npm run build:electron` built
 * it from exactly the sources there are (the record bin/gleaner.mjs checks): a worker through tsx
 * compiles each module it loads on every start (about 3 s of CPU), the bundle starts in a tenth
 * of that, and it is the code the desktop app runs.
 */
export function bundledWorkerPath(moduleUrl: string = import.meta.url): string | null {
  if (runningFromCliBundle(moduleUrl)) {
    return path.join(path.dirname(fileURLToPath(moduleUrl)), 'import-worker.cjs');
  }
  return freshCliBundle(appRoot) ? path.join(appRoot, 'dist-electron', 'import-worker.cjs') : null;
}

let bundled: WorkerLauncher | null | undefined;

/** Decided once a process: the sources do not change under a running command. */
function bundledWorkers(): WorkerLauncher | null {
  if (bundled === undefined) {
    const workerPath = bundledWorkerPath();
    bundled = workerPath === null ? null : bundledWorkerLauncher(workerPath);
  }
  return bundled;
}

/**
 * Workers for code run by Node rather than by Electron (the command line, `gleaner serve`,
 * tests): the bundled workers where there are fresh ones, else the sources through tsx. Kept
 * out of job-runner.ts because the desktop bundle is CommonJS, where import.meta is empty; the
 * desktop app uses bundledWorkerLauncher instead.
 */
export const sourceWorkerLauncher: WorkerLauncher = {
  spawn: (data, name = 'import-worker') =>
    bundledWorkers()?.spawn(data, name) ??
    new Worker(path.join(here, 'worker-bootstrap.mjs'), {
      workerData: { ...data, entry: path.join(here, `${name}.ts`) },
    }),
};
