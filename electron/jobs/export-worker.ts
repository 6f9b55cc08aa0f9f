import { parentPort } from 'node:worker_threads';
import { exportDataset, exportToFile } from '../export/export-formats';
import { ExportCancelledError, type ExportRunOptions } from '../export/export-service';
import { jobFailure } from './job-failure';
import { openJobProject } from './job-project';
import type { ExportJobInput, ExportWorkerData, ExportWorkerMessage } from './job-types';
import { startJobWorker } from './job-worker-entry';
import { lowerThisThreadPriority } from './background-priority';

// Runs one export off the main and UI threads, on its own connection to the project file:
// a large XLSX or Parquet export must not freeze the window. The export itself (filter, atomic
// file, record in the `exports` table) is the same code the command line runs.

let input: ExportJobInput;
let cancelled: Int32Array;
const post = (message: ExportWorkerMessage): void => parentPort!.postMessage(message);

/** Top-level await is avoided: the desktop app bundles this worker as CommonJS. */
async function run(): Promise<void> {
  const db = openJobProject(
    input,
    'export',
    (failure) => post({ type: 'failed', ...failure }),
    input.out,
  );
  if (!db) return;
  let lastPost = 0;
  try {
    const options: ExportRunOptions = {
      out: input.out,
      filter: {
        status: input.status,
        assigneeId: input.assigneeId,
        savedSearchId: input.savedSearchId,
      },
      includeRejected: input.includeRejected,
      overwrite: input.overwrite,
      actor: input.actor,
      isCancelled: () => Atomics.load(cancelled, 0) === 1,
      onProgress: ({ done, total }) => {
        // Throttled like import progress; the last report always goes through.
        const now = Date.now();
        if (now - lastPost >= 100 || done === total) {
          lastPost = now;
          post({ type: 'progress', progress: { phase: 'export', done, total, currentFile: null } });
        }
      },
    };
    const result =
      input.format === 'dataset'
        ? await exportDataset(db, { ...options, title: input.title })
        : await exportToFile(db, input.format, options);
    post({ type: 'done', result });
  } catch (error) {
    if (error instanceof ExportCancelledError) post({ type: 'cancelled' });
    else post({ type: 'failed', ...jobFailure(error, 'export', input.out) });
  } finally {
    db.close();
  }
}

startJobWorker<ExportWorkerData>((data) => {
  input = data.input;
  if (data.background) lowerThisThreadPriority();
  cancelled = new Int32Array(data.cancelFlag);
  void run();
});
