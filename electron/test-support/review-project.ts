import path from 'node:path';
import type {
  Caller,
  Handlers,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { ApiError } from '../../shared/contract/errors';
import type { Role } from '../../shared/contract/profiles';
import { createHandlers } from '../api/handlers';
import { bundledSeedsDir } from '../app-root';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';

/** One window on a project: the handlers over it, called the way a transport calls them. */
export interface Window {
  handlers: Handlers;
  /** The window's name as its transport gives it: its session is the server's for this name. */
  caller: Caller;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

let windowsOpened = 0;

/**
 * A window calling `handlers` through `dispatch`, so input is parsed and output checked against
 * the contract exactly as over IPC or HTTP; a typed error is thrown as the ApiError the renderer
 * would see. Each window has its own session.
 */
export function windowOn(handlers: Handlers, client = `window:${++windowsOpened}`): Window {
  const caller: Caller = { client };
  return {
    handlers,
    caller,
    async call(method, input) {
      const envelope = await dispatch(handlers, method, input, caller);
      if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
      return envelope.value as never;
    },
  };
}

/** Handlers over the project as the app creates them; `osUser` names a project's first admin. */
export function projectHandlers(project: Project, osUser = 'admin'): Handlers {
  return createHandlers({ project, jobs: new JobRunner(sourceWorkerLauncher), actor: osUser });
}

/** A window of a new app process on the project (handlers of its own). */
export function openWindow(project: Project, osUser = 'admin'): Window {
  return windowOn(projectHandlers(project, osUser));
}

/**
 * A project with the 9 seed articles, opened first by `admin` (who becomes its admin profile),
 * and a window per named profile, each signed in; all windows share one set of handlers, as the
 * windows of one app (or the tabs of one server) do.
 */
export async function reviewProject(
  dir: string,
  people: Record<string, Role> = {},
): Promise<{
  project: Project;
  handlers: Handlers;
  admin: Window;
  windows: Record<string, Window>;
  ids: number[];
}> {
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const handlers = projectHandlers(project, 'admin');
  const admin = windowOn(handlers);
  // The first call signs the lone admin profile in (no passphrase): before anyone else exists.
  await admin.call('session.get', {});
  const windows: Record<string, Window> = {};
  for (const [name, role] of Object.entries(people)) {
    const profile = await admin.call('profiles.create', { name, role });
    const window = windowOn(handlers);
    await window.call('session.signIn', { profileId: profile.id });
    windows[name] = window;
  }
  const ids = (
    project.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]
  ).map((r) => r.id);
  return { project, handlers, admin, windows, ids };
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
