import type { Handlers } from '../../shared/contract/contract';
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
import { stageUploadedFiles } from '../services/upload-staging';
import { inspectTables } from '../services/inspect-tables';
import { checkedImportEncoding } from '../services/import-encoding';
import type { ChosenColumnMapping } from '../import/table-mapping';
import { Session } from '../services/session';
import { createCurationHandlers } from './curation-handlers';
import { createReviewHandlers } from './review-handlers';
import { createDesktopHandlers } from './desktop-handlers';
import { jobPayload } from './job-payload';

export interface HandlerOptions {
  project: Project;
  jobs: JobRunner;
  /** Who changes are recorded under until a profile is chosen (the OS user, say). */
  actor: string;
  /** better-sqlite3 built for Electron, passed on to worker threads inside the desktop app. */
  nativeBinding?: string | undefined;
}

/** What every handler sees: the project, the job runner and who is working. */
export interface HandlerContext extends HandlerOptions {
  session: Session;
}

function found(job: JobState | undefined, id: string): JobStatePayload {
  if (!job)
    throw new ApiError('not-found', `There is no job ${id} (jobs are kept until the app closes).`);
  return jobPayload(job);
}

/**
 * The contract's methods, implemented by calling services. Kept thin on purpose: business logic
 * lives in the services and repositories, which tests call directly.
 */
export function createHandlers(options: HandlerOptions): Handlers {
  const session = new Session(options.actor);
  const context: HandlerContext = {
    ...options,
    session,
    get actor() {
      return session.actor;
    },
  };
  const { project, jobs } = context;
  const startImport = (
    paths: string[],
    options: { maxBytes?: number; columnMapping?: ChosenColumnMapping; encoding?: string },
  ): JobStatePayload =>
    jobPayload(
      jobs.startImport({
        projectPath: project.filePath,
        paths,
        actor: context.actor,
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
    'articles.get': (input) => getArticle(project.db, input.id),
    'articles.fields': (input) => articleFields(project.db, input.id),
    'values.setState': (input) => setValueState(project.db, input, context.actor),
    'documents.redecode': (input) => redecodeDocument(project.db, input, context.actor),
    'articles.split': (input) => ({ articleIds: splitArticle(project.db, input, context.actor) }),
    'articles.merge': (input) => ({ articleIds: mergeArticles(project.db, input, context.actor) }),
    'articles.moveRange': (input) => ({ articleIds: moveRange(project.db, input, context.actor) }),
    'import.start': (input) => startImport(input.paths, input),
    'import.upload': (input) => {
      // Checked before the files are written to the staging folder.
      checkedImportEncoding(input.encoding);
      return startImport([stageUploadedFiles(input.files)], input);
    },
    'import.inspectTables': (input) =>
      inspectTables(project.db, input.paths, {
        encoding: checkedImportEncoding(input.encoding),
      }),
    'extraction.rerun': () =>
      jobPayload(
        jobs.startImport({
          mode: 'reextract',
          projectPath: project.filePath,
          paths: [],
          actor: context.actor,
          nativeBinding: context.nativeBinding,
        }),
      ),
    'export.start': (input) => jobPayload(startExportJob(jobs, project, input, context)),
    'exports.list': () => listExports(project.db),
    'jobs.get': (input) => found(jobs.get(input.id), input.id),
    'jobs.list': () => jobs.list().map(jobPayload),
    'jobs.cancel': (input) => found(jobs.cancel(input.id), input.id),
    'schema.get': () => currentSchema(project.db),
    'schema.update': (input) => updateSchema(project.db, input.schema, context.actor),
    'schema.history': () => schemaHistory(project.db),
  };
}
