import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledWorkerLauncher, type WorkerLauncher } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';

/**
 * Whether this module runs from the command line's bundle (dist-electron/cli.mjs, see
 * bin/cli-bundle.mjs) rather than from its TypeScript source.
 */
export function runningFromCliBundle(moduleUrl: string = import.meta.url): boolean {
  return path.basename(fileURLToPath(moduleUrl)) === 'cli.mjs';
}

/**
 * The workers `gleaner serve` starts: from the bundle, the bundled workers built beside it in the
 * same build (tsx is not loaded there); from the sources, the sources through tsx.
 */
export function cliWorkerLauncher(moduleUrl: string = import.meta.url): WorkerLauncher {
  if (!runningFromCliBundle(moduleUrl)) return sourceWorkerLauncher;
  return bundledWorkerLauncher(
    path.join(path.dirname(fileURLToPath(moduleUrl)), 'import-worker.cjs'),
  );
}
