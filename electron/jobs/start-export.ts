import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../shared/contract/contract';
import { apiError } from '../../shared/contract/error-messages';
import { refuseForeignFolder } from '../export/dataset-folder';
import { refuseToReplace } from '../export/no-overwrite';
import { profileExists } from '../services/profiles';
import type { Project } from '../services/project';
import { refuseProjectOwnTarget } from '../services/project-own-files';
import { getSavedSearch } from '../services/saved-searches';
import type { JobRunner, JobState } from './job-runner';

/**
 * Checks the output path before a worker is started, so a mistyped folder is answered at once
 * (the dialog shows it next to the field) instead of as a failed job a moment later.
 */
export function startExportJob(
  jobs: JobRunner,
  project: Project,
  input: ParsedInput<'export.start'>,
  context: { actor: string; nativeBinding?: string | undefined },
): JobState {
  const out = input.out.trim();
  // A relative path would land wherever the app happened to start: ask for a full one.
  if (!path.isAbsolute(out)) {
    throw apiError('export-path-not-absolute', { file: out });
  }
  const folder = path.dirname(out);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw apiError('folder-missing', { folder });
  }
  refuseProjectOwnTarget(out, project.filePath);
  // The window asks "replace it?" on file-exists: never for a folder it would refuse anyway.
  if (input.format === 'dataset') refuseForeignFolder(out);
  refuseToReplace(out, input.overwrite, input.format === 'dataset' ? 'folder' : 'file');
  // Unknown ids are answered now, named, rather than as a failed job.
  if (input.savedSearchId !== undefined) getSavedSearch(project.db, input.savedSearchId);
  if (input.assigneeId !== undefined && !profileExists(project.db, input.assigneeId)) {
    throw apiError('profile-missing', { profileId: input.assigneeId });
  }
  return jobs.startExport({
    projectPath: project.filePath,
    format: input.format,
    out,
    status: input.status,
    includeRejected: input.includeRejected,
    overwrite: input.overwrite,
    assigneeId: input.assigneeId,
    savedSearchId: input.savedSearchId,
    actor: context.actor,
    title: project.info().name,
    nativeBinding: context.nativeBinding,
  });
}
