import type { ApiErrorReason } from '../../shared/contract/errors';
import type { ImportProgress, ImportReport } from '../services/import-pipeline';
import type { ChosenColumnMapping } from '../import/table-mapping';

/**
 * Import reads and stores files, then extraction suggests values for the new articles; an
 * export job has the one phase 'export' (done/total in articles, no current file).
 */
export type JobProgress = ImportProgress & {
  phase: 'import' | 'extract' | 'index' | 'export' | 'suggest';
};

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export type JobKind = 'import' | 'extract' | 'export' | 'suggest';

/** Why a job failed: the English message (the command line prints it) and the key the UI says. */
export interface JobFailure {
  message: string;
  reason: ApiErrorReason;
}

export interface ImportJobInput {
  /**
   * 'reextract' imports nothing and runs extraction again over every article of the project;
   * 'resume' imports nothing and extracts the articles an interrupted import left unextracted.
   */
  mode?: 'import' | 'reextract' | 'resume';
  projectPath: string;
  paths: string[];
  actor: string;
  maxBytes?: number | undefined;
  /** The user's choice of text, title and metadata columns for CSV/JSONL tables. */
  columnMapping?: ChosenColumnMapping | undefined;
  /** The user's "decode as…": every file is read with this encoding instead of detecting one. */
  encoding?: string | undefined;
  nativeBinding?: string | undefined;
}

/** Messages from an import worker to the thread that started it. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; report: ImportReport }
  | ({ type: 'failed' } & JobFailure);

export interface ImportWorkerData {
  entry: string;
  input: ImportJobInput;
  /** One Int32: set to 1 by the starter to ask the worker to stop after the current file. */
  cancelFlag: SharedArrayBuffer;
  /** Run below normal priority: an app with a window started the job (JobRunnerOptions). */
  background?: boolean;
}

/** Every export the app offers: the single-file formats and the dataset folder. */
export type ExportJobFormat = 'jsonl' | 'csv' | 'csv-long' | 'xlsx' | 'parquet' | 'dataset';

export interface ExportJobInput {
  projectPath: string;
  format: ExportJobFormat;
  /** Absolute path of the file (or dataset folder) to write; its parent folder must exist. */
  out: string;
  status: 'approved' | 'submitted' | 'any';
  includeRejected: boolean;
  /** Replace `out` if it exists (the user confirmed it); otherwise the export is refused. */
  overwrite: boolean;
  /** Only the articles assigned to this profile. */
  assigneeId?: number | undefined;
  /** Only the articles this saved search selects (with the status filter too). */
  savedSearchId?: number | undefined;
  actor: string;
  /** Names the dataset in its README card. */
  title: string;
  nativeBinding?: string | undefined;
}

export interface ExportJobResult {
  path: string;
  articles: number;
  values: number;
  sha256: string;
  /** The file is whole, but the project could not record it (export-service.ts). */
  notRecorded?: 'locked' | 'read-only' | 'disk-full';
}

/** Messages from an export worker; a cancelled export left nothing on disk. */
export type ExportWorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: ExportJobResult }
  | { type: 'cancelled' }
  | ({ type: 'failed' } & JobFailure);

export interface ExportWorkerData {
  entry: string;
  input: ExportJobInput;
  /** One Int32: set to 1 by the starter to ask the worker to stop after the current article. */
  cancelFlag: SharedArrayBuffer;
  /** Run below normal priority: an app with a window started the job (JobRunnerOptions). */
  background?: boolean;
}

/** The worker modules a launcher can start (file names without extension). */
export type WorkerName = 'import-worker' | 'export-worker';
