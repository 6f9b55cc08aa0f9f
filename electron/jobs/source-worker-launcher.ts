import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { freshCliBundle } from '../../bin/cli-bundle.mjs';
import { appRoot } from '../app-root';
import { bundledWorkerLauncher, type WorkerLauncher } from './job-runner';

const here = path.dirname(fileURLToPath(import.meta.url));

let bundled: WorkerLauncher | null | undefined;

/**
 * The bundled workers when `npm run build:electron` built them from exactly the sources there are
 * (the record bin/gleaner.mjs checks before it runs the command line's bundle), else null. A
 * worker through tsx compiles each module it loads on every start (about 3 s of CPU); the bundle
 * starts in a tenth of that, and it is the code the desktop app runs. Decided once a process.
 */
function freshBundledWorkers(): WorkerLauncher | null {
  if (bundled === undefined) {
    bundled = freshCliBundle(appRoot)
      ? bundledWorkerLauncher(path.join(appRoot, 'dist-electron', 'import-worker.cjs'))
      : null;
  }
  return bundled;
}

/**
 * Workers of the TypeScript sources (tests, browser mode from the sources): their bundle when it
 * matches them, else the sources themselves through tsx. Kept out of job-runner.ts because the
 * desktop bundle is CommonJS, where import.meta is empty; the desktop app uses
 * bundledWorkerLauncher instead.
 */
export const sourceWorkerLauncher: WorkerLauncher = {
  spawn: (data, name = 'import-worker') =>
    freshBundledWorkers()?.spawn(data, name) ??
    new Worker(path.join(here, 'worker-bootstrap.mjs'), {
      workerData: { ...data, entry: path.join(here, `${name}.ts`) },
    }),
};
