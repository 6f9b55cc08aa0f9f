import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { fileSystemError } from '../../shared/contract/file-system-errors';
import { ExportCancelledError, type ExportNotRecorded } from '../export/export-service';
import { refuseToReplace } from '../export/no-overwrite';
import { exportDataset, exportToFile } from '../export/export-formats';
import type { ExportFilter } from '../export/select-articles';
import {
  acceptSuggestions,
  type BulkAcceptFilter,
  type BulkAcceptReport,
} from '../services/bulk-accept';
import { backupProject } from '../services/project-backup';
import type { NotedAuditHead } from '../services/audit-chain-check';
import { checkProjectFile, type FileCheckReport } from '../services/check-project-file';
import { Project } from '../services/project';
import { refuseProjectOwnTarget } from '../services/project-own-files';
import { listenForInterrupt } from './interrupt';
import { createProgressBar } from './progress-bar';

/**
 * Commands that open an existing project file. Opening never creates one here: a mistyped path
 * must be an error, not an empty new project.
 */
function openExisting(file: string): Project {
  return Project.open(file, { mustExist: true });
}

export async function exportCommand(options: {
  project: string;
  format: string;
  out: string;
  filter: ExportFilter;
  includeRejected: boolean;
  /** Replace what is already at `out`; without it an existing file is refused (`file-exists`). */
  overwrite: boolean;
  actor: string;
}): Promise<{
  path: string;
  articles: number;
  values: number;
  sha256: string;
  notRecorded?: ExportNotRecorded;
  cancelled: boolean;
}> {
  refuseProjectOwnTarget(options.out, options.project);
  const project = openExisting(options.project);
  const bar = createProgressBar();
  const interrupt = listenForInterrupt();
  try {
    const run = {
      out: options.out,
      filter: options.filter,
      includeRejected: options.includeRejected,
      overwrite: options.overwrite,
      actor: options.actor,
      onProgress: (p: { done: number; total: number }) =>
        bar.update(p.done, p.total, options.format),
      isCancelled: interrupt.isInterrupted,
    };
    const result =
      options.format === 'dataset'
        ? await exportDataset(project.db, { ...run, title: project.info().name })
        : await exportToFile(project.db, options.format, run);
    bar.finish();
    return { ...result, cancelled: false };
  } catch (error) {
    bar.finish();
    if (error instanceof ExportCancelledError)
      return { path: options.out, articles: 0, values: 0, sha256: '', cancelled: true };
    throw namingTheOutput(error, options.out);
  } finally {
    interrupt.dispose();
    project.close();
  }
}

/**
 * A write the system refused through an open file (a full disk, a file-size limit) carries no
 * path: "ENOSPC: no space left on device, write" named neither the export nor the folder. Named
 * after `out`, the file being written, in the registry's words.
 */
function namingTheOutput(error: unknown, out: string): unknown {
  const systemError = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof systemError.code !== 'string' || systemError.path)
    return error;
  return fileSystemError(Object.assign(error, { path: path.resolve(out) })) ?? error;
}

export function acceptCommand(options: {
  project: string;
  filter: BulkAcceptFilter;
  dryRun: boolean;
  actor: string;
}): BulkAcceptReport {
  const project = openExisting(options.project);
  const bar = createProgressBar();
  try {
    return acceptSuggestions(project.db, options.filter, options.actor, {
      dryRun: options.dryRun,
      onProgress: (done, total) => bar.update(done, total, 'values'),
    });
  } finally {
    bar.finish();
    project.close();
  }
}

/** Do both names lead to one file (also through a link)? */
function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Opens the file read-only (see check-project-file.ts): a check never refuses or changes it. */
export function checkCommand(options: {
  project: string;
  notedAuditHead?: NotedAuditHead | undefined;
}): FileCheckReport {
  return checkProjectFile(options.project, { notedAuditHead: options.notedAuditHead });
}

export async function backupCommand(options: {
  project: string;
  out: string;
  overwrite: boolean;
}): Promise<{ path: string; bytes: number }> {
  if (isSameFile(options.out, options.project))
    throw apiError('backup-onto-itself', { file: options.out });
  refuseProjectOwnTarget(options.out, options.project);
  refuseToReplace(path.resolve(options.out), options.overwrite);
  const project = openExisting(options.project);
  try {
    return await backupProject(project.db, options.out, { replace: options.overwrite });
  } finally {
    project.close();
  }
}
