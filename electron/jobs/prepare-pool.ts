import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportFile } from '../import/types';
import type { FieldSchema } from '../../shared/schema';
import type { FilePreparer, PreparedFile, PrepareRequest } from '../services/prepare-file';

// Preparing files (decode + plan) is CPU work of a few milliseconds a file, far more than
// storing them; spreading each batch over worker threads lets an import use every core.

/** A slice of a batch sent to one prepare worker. */
export interface PrepareTask {
  id: number;
  files: ImportFile[];
  maxBytes: number;
  encoding?: string | undefined;
  /** The schema whose extraction rules run on each planned page (PrepareRequest.schema). */
  schema?: FieldSchema | undefined;
}

export type PrepareReply = { id: number; prepared: PreparedFile[] } | { id: number; error: string };

export type PrepareWorkerSpawner = () => Worker;

/**
 * How to start prepare workers next to an import worker started from `importWorkerEntry`: the
 * bundled desktop app ships prepare-worker.cjs beside import-worker.cjs; from the TypeScript
 * sources the worker goes through the same tsx bootstrap as the import worker.
 */
export function prepareWorkerSpawner(importWorkerEntry: string): PrepareWorkerSpawner {
  const dir = path.dirname(importWorkerEntry);
  if (/\.[cm]?ts$/.test(importWorkerEntry)) {
    return () =>
      new Worker(path.join(dir, 'worker-bootstrap.mjs'), {
        workerData: { entry: path.join(dir, 'prepare-worker.ts') },
      });
  }
  return () => new Worker(path.join(dir, 'prepare-worker.cjs'));
}

/**
 * Two to four workers: fewer gains nothing over preparing in the import worker itself, and more
 * would fight the import worker (which stores) and the app for the cores.
 */
export function defaultPrepareWorkerCount(): number {
  return Math.min(4, Math.max(2, os.availableParallelism() - 1));
}

/**
 * How many prepare workers an import uses: GLEANER_PREPARE_WORKERS (a count up to 4, 'auto', or
 * 0 for none); 'auto' by default. On the idle 2-core machine two workers took a 10,000-file
 * import from 43.5 s to 26.1 s; on a machine busy with other work they gain little (a core must
 * be free) and cost ~40% more CPU, so 0 turns them off.
 */
export function configuredPrepareWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GLEANER_PREPARE_WORKERS?.trim();
  if (!raw) return defaultPrepareWorkerCount();
  if (raw === '0') return 0;
  if (raw === 'auto') return defaultPrepareWorkerCount();
  const count = Number(raw);
  return Number.isInteger(count) && count > 0 ? Math.min(count, 4) : 0;
}

/** Cuts files into at most `parts` consecutive runs of about the same number of bytes. */
export function splitBySize(files: ImportFile[], parts: number): ImportFile[][] {
  const total = files.reduce((sum, file) => sum + Math.max(file.size, 1), 0);
  const runs: ImportFile[][] = [];
  let current: ImportFile[] = [];
  let bytes = 0;
  for (const file of files) {
    current.push(file);
    bytes += Math.max(file.size, 1);
    // Close the run once it holds its share of the bytes seen so far.
    if (runs.length < parts - 1 && bytes >= (total * (runs.length + 1)) / parts) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

export interface PreparePool {
  prepare: FilePreparer;
  /** Stops every worker; a prepare still waiting is rejected. */
  close(): Promise<void>;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve: (prepared: PreparedFile[]) => void; reject: (e: Error) => void }>;
}

/**
 * A pool of prepare workers, started on first use. Each batch is cut into one run per worker and
 * the results are put back together in file order. A worker that dies fails the prepare (and
 * every later one): the import then fails as a whole rather than silently losing files.
 */
export function createPreparePool(spawn: PrepareWorkerSpawner, size: number): PreparePool {
  const workers: PoolWorker[] = [];
  let nextId = 1;
  let broken: Error | null = null;
  let closed = false;

  const fail = (entry: PoolWorker, error: Error): void => {
    broken ??= error;
    for (const { reject } of entry.pending.values()) reject(error);
    entry.pending.clear();
  };

  const start = (): void => {
    for (let i = 0; i < size; i++) {
      const entry: PoolWorker = { worker: spawn(), pending: new Map() };
      entry.worker.on('message', (reply: PrepareReply) => {
        const waiting = entry.pending.get(reply.id);
        if (!waiting) return;
        entry.pending.delete(reply.id);
        if ('error' in reply) waiting.reject(new Error(reply.error));
        else waiting.resolve(reply.prepared);
      });
      entry.worker.on('error', (error) => fail(entry, error));
      entry.worker.on('exit', (code) =>
        fail(
          entry,
          new Error(
            closed
              ? 'The file preparation was stopped.'
              : `A file preparation worker stopped unexpectedly (exit code ${code}).`,
          ),
        ),
      );
      workers.push(entry);
    }
  };

  const send = (entry: PoolWorker, files: ImportFile[], request: PrepareRequest) =>
    new Promise<PreparedFile[]>((resolve, reject) => {
      const id = nextId++;
      entry.pending.set(id, { resolve, reject });
      const { maxBytes, encoding, schema } = request;
      entry.worker.postMessage({ id, files, maxBytes, encoding, schema } satisfies PrepareTask);
    });

  const prepare: FilePreparer = async (files, request) => {
    if (closed) throw new Error('The file preparation was stopped.');
    if (broken) throw broken;
    if (files.length === 0) return [];
    if (workers.length === 0) start();
    const runs = splitBySize(files, workers.length);
    const results = await Promise.all(
      runs.map(async (run, i) => {
        const prepared = await send(workers[i]!, run, request);
        request.onPrepared?.(run);
        return prepared;
      }),
    );
    return results.flat();
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  };

  return { prepare, close };
}
