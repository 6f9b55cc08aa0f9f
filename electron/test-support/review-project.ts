import path from 'node:path';
import type {
  Handlers,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { ApiError } from '../../shared/contract/errors';
import type { Role } from '../../shared/contract/review-contract';
import { createHandlers } from '../api/handlers';
import { bundledSeedsDir } from '../app-root';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';

/** One window on a project: the handlers over it, called the way a transport calls them. */
export interface Window {
  handlers: Handlers;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/**
 * Calls through `dispatch`, so input is parsed and output checked against the contract exactly
 * as over IPC or HTTP; a typed error is thrown as the ApiError the renderer would see.
 */
export function openWindow(project: Project, osUser = 'admin'): Window {
  const handlers = createHandlers({
    project,
    jobs: new JobRunner(sourceWorkerLauncher),
    actor: osUser,
  });
  return {
    handlers,
    async call(method, input) {
      const envelope = await dispatch(handlers, method, input);
      if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
      return envelope.value as never;
    },
  };
}

/**
 * A project with the 9 seed articles, opened first by `admin` (who becomes its admin profile),
 * and a window per named profile, each signed in.
 */
export async function reviewProject(
  dir: string,
  people: Record<string, Role> = {},
): Promise<{ project: Project; admin: Window; windows: Record<string, Window>; ids: number[] }> {
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const admin = openWindow(project, 'admin');
  const windows: Record<string, Window> = {};
  for (const [name, role] of Object.entries(people)) {
    const profile = await admin.call('profiles.create', { name, role });
    const window = openWindow(project, 'os-user');
    await window.call('session.signIn', { profileId: profile.id });
    windows[name] = window;
  }
  const ids = (
    project.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]
  ).map((r) => r.id);
  return { project, admin, windows, ids };
}

/** The ApiError a call fails with (fails the test when it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
