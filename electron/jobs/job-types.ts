import type { ImportProgress, ImportReport } from '../services/import-pipeline';
import type { ChosenColumnMapping } from '../import/table-mapping';

/** Import reads and stores files, then extraction suggests values for the new articles. */
export type JobProgress = ImportProgress & { phase: 'import' | 'extract' };

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface ImportJobInput {
  /** 'reextract' imports nothing and runs extraction again over every article of the project. */
  mode?: 'import' | 'reextract';
  projectPath: string;
  paths: string[];
  actor: string;
  maxBytes?: number | undefined;
  /** The user's choice of text, title and metadata columns for CSV/JSONL tables. */
  columnMapping?: ChosenColumnMapping | undefined;
  nativeBinding?: string | undefined;
}

/** Messages from an import worker to the thread that started it. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; message: string };

export interface ImportWorkerData {
  entry: string;
  input: ImportJobInput;
  /** One Int32: set to 1 by the starter to ask the worker to stop after the current file. */
  cancelFlag: SharedArrayBuffer;
}
