import { parentPort, workerData } from 'node:worker_threads';
import { openProjectDatabase } from '../database/open-project';
import {
  describeFiles,
  importPaths,
  nameWriteFailure,
  type ImportProgress,
} from '../services/import-pipeline';
import { recordImportRun } from '../database/import-runs-repository';
import { flushSearchIndex } from '../database/search-index';
import {
  allArticleIds,
  articleIdsOfDocuments,
  extractArticles,
} from '../services/extract-articles';
import type { ImportWorkerData, ImportWorkerMessage } from './job-types';
import {
  configuredPrepareWorkerCount,
  createPreparePool,
  prepareWorkerSpawner,
} from './prepare-pool';
import { lowerThisThreadPriority } from './background-priority';

// Runs one import off the main and UI threads, on its own connection to the project file
// (WAL lets the app keep reading while this writes).

const { input, cancelFlag, entry, background } = workerData as ImportWorkerData;
// Before any work, so the prepare pool started later inherits the priority.
if (background) lowerThisThreadPriority();
const cancelled = new Int32Array(cancelFlag);
const post = (message: ImportWorkerMessage): void => parentPort!.postMessage(message);

/** Top-level await is avoided: the desktop app bundles this worker as CommonJS. */
async function run(): Promise<void> {
  const startedAt = new Date().toISOString();
  // The app checked this file (PRAGMA quick_check) when it opened it; reading the whole file
  // again for every job would only delay the job.
  const db = openProjectDatabase(input.projectPath, {
    nativeBinding: input.nativeBinding,
    quickCheck: false,
  });
  let lastPost = 0;
  // What the phases after storing write, for a failure message: "database or disk is full" alone
  // does not say which import filled the disk. (A failure while storing names its file itself.)
  let writing: string | null = null;
  try {
    const reextract = input.mode === 'reextract';
    // When configured, files are decoded and planned by a pool of threads (started on the first
    // batch) while this thread stores the batch before; the pool is stopped before extraction,
    // even on failure. Otherwise this thread prepares too.
    const workers = configuredPrepareWorkerCount();
    const pool = workers > 0 ? createPreparePool(prepareWorkerSpawner(entry), workers) : null;
    let report;
    try {
      report = await importPaths(db, reextract ? [] : input.paths, {
        actor: input.actor,
        maxBytes: input.maxBytes,
        columnMapping: input.columnMapping,
        preparer: pool?.prepare,
        isCancelled: () => Atomics.load(cancelled, 0) === 1,
        onProgress: (progress: ImportProgress) => {
          // Progress is throttled: thousands of messages a second would only slow the UI thread.
          const now = Date.now();
          if (now - lastPost >= 100 || progress.done === progress.total) {
            lastPost = now;
            post({ type: 'progress', progress: { phase: 'import', ...progress } });
          }
        },
      });
    } finally {
      await pool?.close();
    }
    writing = reextract
      ? 'the suggested values of the project'
      : `the suggested values and search index of ${describeFiles(report.imported.map((i) => i.name))}`;
    if (!reextract) recordImportRun(db, { startedAt, actor: input.actor, report });
    // Second phase: suggested values for the new articles (skipped when the import was cancelled).
    if (!report.cancelled) {
      const articleIds = reextract
        ? allArticleIds(db)
        : articleIdsOfDocuments(
            db,
            report.imported.flatMap((i) => i.documentIds),
          );
      const extracted = extractArticles(db, articleIds, {
        actor: input.actor,
        isCancelled: () => Atomics.load(cancelled, 0) === 1,
        onProgress: ({ done, total }) => {
          const now = Date.now();
          if (now - lastPost >= 100 || done === total) {
            lastPost = now;
            post({
              type: 'progress',
              progress: { phase: 'extract', done, total, currentFile: null },
            });
          }
        },
      });
      report.cancelled = extracted.cancelled;
    }
    // Last phase: the articles are queued for search (and found meanwhile on their live text);
    // indexing them in one batch costs a quarter of indexing each file's articles as it is
    // stored. Done even after a cancel, so nothing stays queued.
    flushSearchIndex(db, {
      onProgress: ({ done, total }) => {
        const now = Date.now();
        if (now - lastPost >= 100 || done === total) {
          lastPost = now;
          post({ type: 'progress', progress: { phase: 'index', done, total, currentFile: null } });
        }
      },
    });
    post({ type: 'done', report });
  } catch (error) {
    const named = writing ? nameWriteFailure(error, writing) : error;
    post({ type: 'failed', message: (named as Error).message });
  } finally {
    db.close();
  }
}

void run();
