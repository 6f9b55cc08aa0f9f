import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { ApiError } from '../../shared/contract/errors';
import { fileSystemError } from '../../shared/contract/file-system-errors';
import { ImportWriteError } from '../services/import-pipeline';
import { writeFailureReason } from '../services/project-health';
import type { JobFailure, JobKind } from './job-types';

const failedKey = {
  import: 'import-job-failed',
  extract: 'extract-job-failed',
  export: 'export-job-failed',
  suggest: 'suggest-job-failed',
} as const;

/**
 * A job's error as a registry error, so a Chinese window says it in Chinese: an error that has a
 * key keeps it; a file the system refused (EFBIG, ENOSPC, EACCES…) names the file, `file` when the
 * error carries no path (a write through an open descriptor); a failed write to the project
 * (SQLite's full disk) says so; anything else keeps its English as a detail the UI names by code.
 */
export function jobFailure(error: unknown, kind: JobKind, file?: string): JobFailure {
  const detail = error instanceof Error ? error.message : String(error);
  const keyed =
    (error instanceof ApiError && error.reason ? error : undefined) ??
    (isProjectWrite(error) ? apiError('job-write-failed', { detail }) : undefined) ??
    fileSystemError(withPath(error, file)) ??
    apiError(failedKey[kind], { detail });
  return { message: keyed.message, reason: keyed.reason! };
}

/** A worker that exited without a word (killed, out of memory). */
export function jobStopped(kind: JobKind, exitCode: number): JobFailure {
  const error = apiError(kind === 'export' ? 'export-job-stopped' : 'import-job-stopped', {
    exitCode,
  });
  return { message: error.message, reason: error.reason! };
}

/** A write to the project file failed: an import names its files, SQLite says why. */
function isProjectWrite(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const fromProject =
    error instanceof ImportWriteError || (typeof code === 'string' && code.startsWith('SQLITE_'));
  return fromProject && writeFailureReason(error) !== undefined;
}

/**
 * The error naming `file` where it names none, or names the export's temporary file or folder
 * beside it (`.out.jsonl.<host>-<pid>-<hex>.partial`, a name the user never chose).
 */
function withPath(error: unknown, file: string | undefined): unknown {
  if (file === undefined || !(error instanceof Error)) return error;
  const named = (error as { path?: unknown }).path;
  const temporary =
    typeof named === 'string' &&
    path.dirname(named) === path.dirname(file) &&
    path.basename(named).startsWith(`.${path.basename(file)}.`) &&
    named.endsWith('.partial');
  return named === undefined || temporary ? Object.assign(error, { path: file }) : error;
}
