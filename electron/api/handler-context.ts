import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/contract';
import type { JobRunner } from '../jobs/job-runner';
import type { JobOwners } from './job-owners';
import type { Project } from '../services/project';
import type { Session } from '../services/session';
import type { Sessions } from '../services/sessions';
import type { SignInThrottle } from '../services/sign-in-throttle';

export interface HandlerOptions {
  project: Project;
  jobs: JobRunner;
  /** The name of the first (admin) profile of a project that has none (the OS user, say). */
  actor: string;
  /** better-sqlite3 built for Electron, passed on to worker threads inside the desktop app. */
  nativeBinding?: string | undefined;
}

/** What every handler sees: the project, the job runner, and the sessions of its windows. */
export interface HandlerContext extends HandlerOptions {
  sessions: Sessions;
  /** Slows passphrase guessing, per profile of this project (kept in the project file). */
  throttle: SignInThrottle;
  /** Who started each job, so only they (or an admin) can cancel it. */
  jobOwners: JobOwners;
}

/** A handler as the services see it: the parsed input and the session of the calling window. */
export type SessionHandlers = {
  [M in MethodName]: (
    input: ParsedInput<M>,
    session: Session,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/**
 * The handlers of one domain's methods (`shared/contract/<domain>.ts`): exactly those, so a
 * domain's handler file fails to compile when it misses a method or implements another's.
 */
export type DomainHandlers<DomainContract> = Pick<
  SessionHandlers,
  Extract<keyof DomainContract, MethodName>
>;
