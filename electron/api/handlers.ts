import type {
  Handlers,
  MethodName,
  MethodOutput,
  ParsedInput,
} from '../../shared/contract/contract';
import { methodNames } from '../../shared/contract/method-names';
import type { JobStatePayload } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import { getArticle } from '../database/articles-repository';
import { listExports } from '../database/exports-repository';
import type { JobRunner, JobState } from '../jobs/job-runner';
import { startExportJob } from '../jobs/start-export';
import type { Project } from '../services/project';
import { articleFields } from '../services/article-fields';
import { redecodeDocument } from '../services/redecode-document';
import { currentSchema, schemaHistory, updateSchema } from '../services/schema-editing';
import { setValueState } from '../services/value-review';
import { mergeArticles, moveRange, splitArticle } from '../services/segmentation-corrections';
import { undoCorrection } from '../services/segmentation-undo';
import { stageUploadedFiles } from '../services/upload-staging';
import { inspectTables } from '../services/inspect-tables';
import { checkedImportEncoding } from '../services/import-encoding';
import type { ChosenColumnMapping } from '../import/table-mapping';
import { authorize } from '../services/access-rules';
import { ensureFirstProfile } from '../services/profiles';
import type { Session } from '../services/session';
import { Sessions } from '../services/sessions';
import { failuresInProject, SignInThrottle } from '../services/sign-in-throttle';
import { createCurationHandlers } from './curation-handlers';
import { createReviewHandlers } from './review-handlers';
import { createDesktopHandlers } from './desktop-handlers';
import { createPackagesHandlers } from './packages-handlers';
import { jobPayload } from './job-payload';

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
}

/** A handler as the services see it: the parsed input and the session of the calling window. */
export type SessionHandlers = {
  [M in MethodName]: (
    input: ParsedInput<M>,
    session: Session,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

function found(job: JobState | undefined, id: string): JobStatePayload {
  if (!job)
    throw new ApiError('not-found', `There is no job ${id} (jobs are kept until the app closes).`);
  return jobPayload(job);
}

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

function sessionHandlers(context: HandlerContext): SessionHandlers {
  const { project, jobs } = context;
  const startImport = (
    session: Session,
    paths: string[],
    options: { maxBytes?: number; columnMapping?: ChosenColumnMapping; encoding?: string },
  ): JobStatePayload =>
    jobPayload(
      jobs.startImport({
        projectPath: project.filePath,
        paths,
        actor: session.actor,
        maxBytes: options.maxBytes,
        columnMapping: options.columnMapping,
        encoding: checkedImportEncoding(options.encoding),
        nativeBinding: context.nativeBinding,
      }),
    );
  return {
    'project.info': () => project.info(),
    ...createCurationHandlers(context),
    ...createReviewHandlers(context),
    ...createDesktopHandlers(context),
    ...createPackagesHandlers(context),
    'articles.get': (input) => getArticle(project.db, input.id),
    'articles.fields': (input) => articleFields(project.db, input.id),
    'values.setState': (input, session) => setValueState(project.db, input, session.actor),
    'documents.redecode': (input, session) => redecodeDocument(project.db, input, session.actor),
    'articles.split': (input, session) => splitArticle(project.db, input, session.actor),
    'articles.merge': (input, session) => mergeArticles(project.db, input, session.actor),
    'articles.moveRange': (input, session) => moveRange(project.db, input, session.actor),
    'articles.undoCorrection': (input, session) => undoCorrection(project.db, input, session.actor),
    'import.start': (input, session) => startImport(session, input.paths, input),
    'import.upload': (input, session) => {
      // Checked before the files are written to the staging folder.
      checkedImportEncoding(input.encoding);
      return startImport(session, [stageUploadedFiles(input.files)], input);
    },
    'import.inspectTables': (input) =>
      inspectTables(project.db, input.paths, {
        encoding: checkedImportEncoding(input.encoding),
      }),
    'extraction.rerun': (_input, session) =>
      jobPayload(
        jobs.startImport({
          mode: 'reextract',
          projectPath: project.filePath,
          paths: [],
          actor: session.actor,
          nativeBinding: context.nativeBinding,
        }),
      ),
    'export.start': (input, session) =>
      jobPayload(
        startExportJob(jobs, project, input, {
          actor: session.actor,
          nativeBinding: context.nativeBinding,
        }),
      ),
    'exports.list': () => listExports(project.db),
    'jobs.get': (input) => found(jobs.get(input.id), input.id),
    'jobs.list': () => jobs.list().map(jobPayload),
    'jobs.cancel': (input) => found(jobs.cancel(input.id), input.id),
    'schema.get': () => currentSchema(project.db),
    'schema.update': (input, session) => updateSchema(project.db, input.schema, session.actor),
    'schema.history': () => schemaHistory(project.db),
  };
}
