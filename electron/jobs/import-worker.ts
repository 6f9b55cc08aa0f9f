import { parentPort } from 'node:worker_threads';
import {
  describeFiles,
  emptyReport,
  importPaths,
  nameWriteFailure,
  type ImportProgress,
} from '../services/import-pipeline';
import { unextractedOf } from '../services/unextracted-report';
import { addFieldsLeftOut } from '../services/fields-at-store';
import { addPatternSkips } from '../services/pattern-skips';
import { unextractedArticleIds } from '../database/extraction-state';
import { articlesToExtract } from '../services/finish-import';
import { recordImportRun } from '../database/import-runs-repository';
import { flushSearchIndex } from '../database/search-index';
import { allArticleIds, extractArticles } from '../services/extract-articles';
import type {
  ImportJobInput,
  ImportWorkerData,
  ImportWorkerMessage,
  JobProgress,
} from './job-types';
import { jobFailure } from './job-failure';
import { openJobProject } from './job-project';
import { startJobWorker } from './job-worker-entry';
import { jiebaTagger } from '../nlp/jieba-tagger';
import {
  configuredPrepareWorkerCount,
  createPreparePool,
  prepareWorkerSpawner,
} from './prepare-pool';
import { lowerThisThreadPriority } from './background-priority';

// Runs one import off the main and UI threads, on its own connection to the project file
// (WAL lets the app keep reading while this writes).

/**
 * Below this many bytes of files an import is prepared in this thread (ImportOptions
 * .inProcessBelowBytes). 100 seed-sized files (1 MB) on the shared 2-core machine: 6.3 s of CPU
 * and 15.0 s in this thread against 10.4 s and 22.2 s with two prepare threads. Estimated from
 * the stage costs, not measured on an idle machine: the threads' start-up (~2 s of both cores)
 * is repaid from about 8 MB (800 such files), as they take ~2.6 ms a file off the ~5.5 ms one
 * thread spends decoding, planning, extracting and storing.
 */
const PREPARE_THREADS_FROM_BYTES = 8 * 1024 * 1024;

let input: ImportJobInput;
let entry: string;
let cancelled: Int32Array;
const post = (message: ImportWorkerMessage): void => parentPort!.postMessage(message);

/** Progress is throttled: thousands of messages a second would only slow the UI thread. */
function throttledProgress() {
  let lastPost = 0;
  return (phase: JobProgress['phase'], done: number, total: number, file: string | null) => {
    const now = Date.now();
    if (now - lastPost >= 100 || done === total) {
      lastPost = now;
      post({ type: 'progress', progress: { phase, done, total, currentFile: file } });
    }
  };
}

/** Top-level await is avoided: the desktop app bundles this worker as CommonJS. */
async function run(): Promise<void> {
  const startedAt = new Date().toISOString();
  const mode = input.mode ?? 'import';
  const kind = mode === 'import' ? 'import' : 'extract';
  const db = openJobProject(input, kind, (failure) => post({ type: 'failed', ...failure }));
  if (!db) return;
  const isCancelled = (): boolean => Atomics.load(cancelled, 0) === 1;
  const progress = throttledProgress();
  // What the phases after storing write, for a failure message: "database or disk is full" alone
  // does not say which import filled the disk. (A failure while storing names its file itself.)
  let writing: string | null = null;
  try {
    let report = emptyReport();
    let articleIds: number[] = [];
    if (mode === 'import') {
      // When configured, files are decoded and planned by a pool of threads (started on the
      // first batch) while this thread stores the batch before; the pool is stopped before
      // extraction, even on failure. Otherwise this thread prepares too.
      const workers = configuredPrepareWorkerCount();
      const pool = workers > 0 ? createPreparePool(prepareWorkerSpawner(entry), workers) : null;
      try {
        report = await importPaths(db, input.paths, {
          actor: input.actor,
          maxBytes: input.maxBytes,
          columnMapping: input.columnMapping,
          encoding: input.encoding,
          preparer: pool?.prepare,
          // The rules run in the prepare threads while this one stores (both cores at work).
          // Without them it would only reorder the same work in this thread, for a little more
          // CPU (the suggestions of a batch wait in memory): extraction then follows the import.
          extractAsStored: pool !== null,
          // The pool's threads start on its first batch: a small import never starts them.
          inProcessBelowBytes: PREPARE_THREADS_FROM_BYTES,
          isCancelled,
          onProgress: (p: ImportProgress) => progress('import', p.done, p.total, p.currentFile),
        });
      } finally {
        await pool?.close();
      }
      recordImportRun(db, { startedAt, actor: input.actor, report });
      writing = `the suggested values and search index of ${describeFiles(report.imported.map((i) => i.name))}`;
      // The new articles, and any an earlier import stored but never extracted (killed, stopped).
      const pending = articlesToExtract(
        db,
        report.imported.flatMap((i) => i.documentIds),
      );
      articleIds = pending.articleIds;
      report.resumed = pending.resumed;
    } else {
      // 'reextract': every article again (the fields panel's Re-run extraction); 'resume': only
      // those an interrupted import left, when the project is opened.
      articleIds = mode === 'reextract' ? allArticleIds(db) : unextractedArticleIds(db);
      report.resumed = mode === 'resume' ? articleIds.length : 0;
      writing = 'the suggested values of the project';
    }
    // Second phase: suggested values (skipped when the import was cancelled).
    if (!report.cancelled) {
      const extracted = extractArticles(db, articleIds, {
        actor: input.actor,
        onlyUnextracted: mode !== 'reextract',
        isCancelled,
        onProgress: ({ done, total }) => progress('extract', done, total, null),
      });
      report.extracted += extracted.articles;
      report.suggestions += extracted.suggestions;
      report.heldBack += extracted.heldBack;
      report.unextracted.push(...unextractedOf(extracted.failures));
      addPatternSkips(report.patternsSkipped, extracted.patternsSkipped);
      addFieldsLeftOut(report.fieldsLeftOut, extracted.fieldsLeftOut);
      report.resumed = Math.min(report.resumed, extracted.articles);
      if (extracted.cancelled) {
        report.cancelled = true;
        report.stoppedIn = 'extract';
      }
    }
    // Last phase: the articles are queued for search (and found meanwhile on their live text);
    // indexing them in one batch costs a quarter of indexing each file's articles as it is
    // stored. Done even after a cancel, so nothing stays queued.
    flushSearchIndex(db, {
      onProgress: ({ done, total }) => progress('index', done, total, null),
    });
    post({ type: 'done', report });
  } catch (error) {
    const named = writing ? nameWriteFailure(error, writing) : error;
    post({ type: 'failed', ...jobFailure(named, kind) });
  } finally {
    db.close();
  }
}

startJobWorker<ImportWorkerData>((data) => {
  ({ input, entry } = data);
  // Before any work, so the prepare pool started later inherits the priority.
  if (data.background) lowerThisThreadPriority();
  cancelled = new Int32Array(data.cancelFlag);
  void run();
}, warmUpExtraction);

/** Builds jieba's dictionary (~0.2 s) while the worker waits, not when its job has begun. */
function warmUpExtraction(): void {
  jiebaTagger('县人民医院新建胸痛中心');
}
