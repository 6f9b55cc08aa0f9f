import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ApiErrorReason } from '../../shared/contract/errors';
import type { ModelSuggestReport } from '../../shared/contract/model-report';
import type { ImportReport } from '../services/import-pipeline';
import { jobFailure, jobStopped } from './job-failure';
import type { StandbyWorkerData } from './job-worker-entry';
import type { SessionPriority } from './session-priority';
import type {
  ExportJobInput,
  ExportJobResult,
  ExportWorkerData,
  ExportWorkerMessage,
  ImportJobInput,
  ImportWorkerData,
  ImportWorkerMessage,
  JobFailure,
  JobKind,
  JobProgress,
  JobStatus,
  WorkerName,
} from './job-types';

export interface JobState {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: JobProgress;
  startedAt: string;
  finishedAt: string | null;
  report: ImportReport | null;
  /** Export jobs only: the file written and its counts; null until done (or when cancelled). */
  exportResult?: ExportJobResult | null;
  /** "Suggest with model" jobs only: what was asked, stored and refused; null until done. */
  suggestReport?: ModelSuggestReport | null;
  /** The failure in English (the command line prints it). */
  error: string | null;
  /** The failure's registry key and parameters, so the window says it in its language. */
  errorReason?: ApiErrorReason | null;
}

/** Work run in this process (it mostly waits on the network): its progress and its cancel. */
export type InProcessWork<R> = (
  signal: AbortSignal,
  onProgress: (progress: { done: number; total: number }) => void,
) => Promise<R>;

type WorkerData =
  Omit<ImportWorkerData, 'entry'> | Omit<ExportWorkerData, 'entry'> | StandbyWorkerData;

/** How to start a worker: the TypeScript source through tsx, or a bundled file in the app. */
export interface WorkerLauncher {
  /** `name` picks the worker module; import-worker when left out. */
  spawn(data: WorkerData, name?: WorkerName): Worker;
}

/**
 * `bundledFile` is the bundled import worker; the other workers are bundled beside it
 * (dist-electron/<name>.cjs), so one path is enough to find them all.
 */
export function bundledWorkerLauncher(bundledFile: string): WorkerLauncher {
  return {
    spawn: (data, name = 'import-worker') => {
      const file = path.join(path.dirname(bundledFile), `${name}.cjs`);
      return new Worker(file, { workerData: { ...data, entry: file } });
    },
  };
}

export interface JobRunnerOptions {
  /**
   * Jobs run below normal priority (Linux), so the window they report to stays responsive
   * while they use every core: true in the desktop app and browser mode, false for the command
   * line, whose jobs have nothing to yield to.
   */
  background?: boolean;
  /**
   * Browser mode: the server's whole session yields to the browser's (another session) while a
   * job runs; thread priority alone orders threads within one session only.
   */
  sessionPriority?: SessionPriority;
  /**
   * Keep one worker of each kind started ahead, its modules loaded, so a job starts at once:
   * starting a worker (loading extraction, the word segmenter, the database driver) was most of
   * what a job over a handful of articles cost. For the app and browser mode; the command line
   * runs one job and exits.
   */
  warm?: boolean;
}

const WORKER_NAMES: readonly WorkerName[] = ['import-worker', 'export-worker'];

/** A failed job's state: its English message and the key the window translates. */
const failed = ({ message, reason }: JobFailure): Partial<JobState> => ({
  error: message,
  errorReason: reason,
});

/**
 * Long work (import of thousands of files) runs in worker threads; this keeps their state for
 * the API to poll, relays cancel requests, and notices a worker that dies without a word.
 */
export class JobRunner {
  private readonly jobs = new Map<
    string,
    { state: JobState; cancelFlag: Int32Array; finished: Promise<JobState>; abort?: () => void }
  >();

  /** Workers started ahead of their job (warm runners only), waiting for it. */
  private readonly standby = new Map<
    WorkerName,
    { worker: Worker; forget: () => void; ready: boolean }
  >();

  constructor(
    private readonly launcher: WorkerLauncher,
    private readonly options: JobRunnerOptions = {},
  ) {
    if (options.warm) for (const name of WORKER_NAMES) this.startStandby(name);
  }

  /** A worker for the job: the one waiting if there is one (then another starts ahead). */
  private spawn(data: WorkerData, name: WorkerName): Worker {
    const waiting = this.standby.get(name);
    // One still loading would only compete with a fresh worker: start the job cold instead.
    if (!waiting?.ready) return this.launcher.spawn(data, name);
    this.standby.delete(name);
    const { worker, forget } = waiting;
    worker.off('error', forget);
    worker.off('exit', forget);
    worker.removeAllListeners('message');
    worker.ref();
    worker.postMessage(data);
    this.startStandby(name);
    return worker;
  }

  private startStandby(name: WorkerName): void {
    const worker = this.launcher.spawn(
      { standby: true, background: this.options.background },
      name,
    );
    // A waiting worker never keeps the process alive, and one that fails is simply not used.
    worker.unref();
    const forget = () => {
      if (this.standby.get(name)?.worker === worker) this.standby.delete(name);
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    const entry = { worker, forget, ready: false };
    worker.once('message', () => {
      entry.ready = true;
    });
    this.standby.set(name, entry);
  }

  /** Resolves once a worker of each kind waits, loaded, for a job (warm runners; for benches and tests). */
  async whenWarm(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    const warm = () =>
      WORKER_NAMES.every((name) => this.standby.get(name)?.ready === true) || !this.options.warm;
    while (!warm() && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Stops the workers waiting for a job (running jobs finish on their own). */
  close(): void {
    const waiting = [...this.standby.values()];
    this.standby.clear();
    for (const { worker } of waiting) void worker.terminate();
  }

  startImport(input: ImportJobInput): JobState {
    const id = randomUUID();
    const cancelFlag = new SharedArrayBuffer(4);
    // An extraction job says so from its first poll: never "importing 0 / 0".
    const kind = (input.mode ?? 'import') === 'import' ? 'import' : 'extract';
    const state: JobState = {
      id,
      kind,
      status: 'running',
      progress: { phase: kind, done: 0, total: 0, currentFile: null },
      startedAt: new Date().toISOString(),
      finishedAt: null,
      report: null,
      error: null,
      errorReason: null,
    };
    const worker = this.spawn(
      { input, cancelFlag, background: this.options.background },
      'import-worker',
    );
    const release = this.options.sessionPriority?.hold();
    const finish = (status: JobStatus, patch: Partial<JobState>): void => {
      if (state.status !== 'running') return;
      Object.assign(state, patch, { status, finishedAt: new Date().toISOString() });
    };
    const finished = new Promise<JobState>((resolve) => {
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type === 'progress') state.progress = message.progress;
        else if (message.type === 'done')
          finish(message.report.cancelled ? 'cancelled' : 'done', { report: message.report });
        else finish('failed', failed(message));
      });
      worker.on('error', (error) => finish('failed', failed(jobFailure(error, kind))));
      worker.on('exit', (code) => {
        finish('failed', failed(jobStopped(kind, code)));
        release?.();
        resolve(state);
      });
    });
    this.jobs.set(id, { state, cancelFlag: new Int32Array(cancelFlag), finished });
    return { ...state };
  }

  /** Exports in a worker; the file appears only when the export finished (never half-written). */
  startExport(input: ExportJobInput): JobState {
    const id = randomUUID();
    const cancelFlag = new SharedArrayBuffer(4);
    const state: JobState = {
      id,
      kind: 'export',
      status: 'running',
      progress: { phase: 'export', done: 0, total: 0, currentFile: null },
      startedAt: new Date().toISOString(),
      finishedAt: null,
      report: null,
      exportResult: null,
      error: null,
      errorReason: null,
    };
    const worker = this.spawn(
      { input, cancelFlag, background: this.options.background },
      'export-worker',
    );
    const release = this.options.sessionPriority?.hold();
    const finish = (status: JobStatus, patch: Partial<JobState>): void => {
      if (state.status !== 'running') return;
      Object.assign(state, patch, { status, finishedAt: new Date().toISOString() });
    };
    const finished = new Promise<JobState>((resolve) => {
      worker.on('message', (message: ExportWorkerMessage) => {
        if (message.type === 'progress') state.progress = message.progress;
        else if (message.type === 'done') finish('done', { exportResult: message.result });
        else if (message.type === 'cancelled') finish('cancelled', {});
        else finish('failed', failed(message));
      });
      worker.on('error', (error) =>
        finish('failed', failed(jobFailure(error, 'export', input.out))),
      );
      worker.on('exit', (code) => {
        finish('failed', failed(jobStopped('export', code)));
        release?.();
        resolve(state);
      });
    });
    this.jobs.set(id, { state, cancelFlag: new Int32Array(cancelFlag), finished });
    return { ...state };
  }

  /**
   * Suggestions from a model run here, not in a worker: the job waits on HTTP, and a worker would
   * open a second connection to the project for writes that take milliseconds. Cancel aborts the
   * request under way.
   */
  startModelSuggestions(work: InProcessWork<ModelSuggestReport>): JobState {
    const id = randomUUID();
    const controller = new AbortController();
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    const state: JobState = {
      id,
      kind: 'suggest',
      status: 'running',
      progress: { phase: 'suggest', done: 0, total: 0, currentFile: null },
      startedAt: new Date().toISOString(),
      finishedAt: null,
      report: null,
      suggestReport: null,
      error: null,
      errorReason: null,
    };
    const finish = (status: JobStatus, patch: Partial<JobState>): JobState => {
      Object.assign(state, patch, { status, finishedAt: new Date().toISOString() });
      return state;
    };
    const finished = work(controller.signal, ({ done, total }) => {
      state.progress = { phase: 'suggest', done, total, currentFile: null };
    }).then(
      (report) => finish(report.cancelled ? 'cancelled' : 'done', { suggestReport: report }),
      (error: unknown) => finish('failed', failed(jobFailure(error, 'suggest'))),
    );
    this.jobs.set(id, { state, cancelFlag, finished, abort: () => controller.abort() });
    return { ...state };
  }

  get(id: string): JobState | undefined {
    const job = this.jobs.get(id);
    return job ? { ...job.state } : undefined;
  }

  /** Every job of this session, newest first. */
  list(): JobState[] {
    return [...this.jobs.values()].map((job) => ({ ...job.state })).reverse();
  }

  /** Asks the job to stop after the file it is on; files already imported stay imported. */
  cancel(id: string): JobState | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    Atomics.store(job.cancelFlag, 0, 1);
    job.abort?.();
    return { ...job.state };
  }

  /** Resolves when the job's worker has exited (for the command line and tests). */
  async wait(id: string): Promise<JobState> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`There is no job ${id}.`);
    return { ...(await job.finished) };
  }
}
