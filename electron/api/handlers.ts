import type { Handlers, MethodName } from '../../shared/contract/contract';
import { methodNames } from '../../shared/contract/method-names';
import { authorize } from '../services/access-rules';
import { ensureFirstProfile } from '../services/profiles';
import { Sessions } from '../services/sessions';
import { failuresInProject, SignInThrottle } from '../services/sign-in-throttle';
import { createArticlesHandlers } from './articles-handlers';
import { createBackupsHandlers } from './backups-handlers';
import { createExportHandlers } from './export-handlers';
import { createGridHandlers } from './grid-handlers';
import type { HandlerContext, HandlerOptions, SessionHandlers } from './handler-context';
import { createImportHandlers } from './import-handlers';
import { JobOwners } from './job-owners';
import { createJobsHandlers } from './jobs-handlers';
import { createModelHandlers } from './model-handlers';
import { createLearningHandlers } from './learning-handlers';
import { createPackagesHandlers } from './packages-handlers';
import { createProfilesHandlers } from './profiles-handlers';
import { createProjectHandlers } from './project-handlers';
import { createReviewHandlers } from './review-handlers';
import { createSchemaHandlers } from './schema-handlers';
import { createSearchHandlers } from './search-handlers';
import { createValuesHandlers } from './values-handlers';

export type { HandlerOptions } from './handler-context';

/**
 * The contract's methods, implemented by calling services. Kept thin on purpose: business logic
 * lives in the services and repositories, which tests call directly. Every call finds the session
 * of the window or tab that made it (Sessions) and passes the access rules (access-rules.ts)
 * before its handler runs, so changes are checked and recorded for the profile that acts.
 */
export function createHandlers(options: HandlerOptions): Handlers {
  ensureFirstProfile(options.project.db, options.actor);
  const context: HandlerContext = {
    ...options,
    sessions: new Sessions(options.project.db, options.actor),
    throttle: new SignInThrottle(failuresInProject(options.project.db)),
    jobOwners: new JobOwners(),
  };
  const acting = sessionHandlers(context);
  const handlers: Partial<Record<MethodName, unknown>> = {};
  for (const method of methodNames) handlers[method] = checked(context, acting, method);
  return handlers as Handlers;
}

function checked<M extends MethodName>(
  context: HandlerContext,
  acting: SessionHandlers,
  method: M,
): Handlers[M] {
  const handler = acting[method] as SessionHandlers[M];
  return ((input, caller) => {
    const session = context.sessions.of(caller);
    authorize(context.project.db, method, input, session);
    return handler(input, session);
  }) as Handlers[M];
}

/**
 * One handler map per domain (electron/api/<domain>-handlers.ts, paired with
 * shared/contract/<domain>.ts), merged: the `SessionHandlers` type makes a missing method a
 * compile error, and each domain's own type refuses a method it does not declare.
 */
function sessionHandlers(context: HandlerContext): SessionHandlers {
  return {
    ...createProjectHandlers(context),
    ...createArticlesHandlers(context),
    ...createValuesHandlers(context),
    ...createReviewHandlers(context),
    ...createProfilesHandlers(context),
    ...createSchemaHandlers(context),
    ...createImportHandlers(context),
    ...createExportHandlers(context),
    ...createJobsHandlers(context),
    ...createSearchHandlers(context),
    ...createBackupsHandlers(context),
    ...createPackagesHandlers(context),
    ...createGridHandlers(context),
    ...createModelHandlers(context),
    ...createLearningHandlers(context),
  };
}
