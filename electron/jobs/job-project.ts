import { openProjectDatabase, type ProjectDatabase } from '../database/open-project';
import { jobFailure } from './job-failure';
import type { JobFailure, JobKind } from './job-types';

/**
 * A worker's own connection to the job's project, or null after `fail` was told why: posted
 * rather than thrown, since a thrown error reaches the job without its registry key. The app
 * checked the file (PRAGMA quick_check) when it opened it; reading the whole file again for
 * every job would only delay the job.
 */
export function openJobProject(
  input: { projectPath: string; nativeBinding?: string | undefined },
  kind: JobKind,
  fail: (failure: JobFailure) => void,
  file?: string,
): ProjectDatabase | null {
  try {
    return openProjectDatabase(input.projectPath, {
      nativeBinding: input.nativeBinding,
      quickCheck: false,
    });
  } catch (error) {
    fail(jobFailure(error, kind, file));
    return null;
  }
}
