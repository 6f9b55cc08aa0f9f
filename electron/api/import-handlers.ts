import type { importContract } from '../../shared/contract/import';
import type { JobStatePayload } from '../../shared/contract/domain';
import type { ChosenColumnMapping } from '../import/table-mapping';
import { checkedImportEncoding } from '../services/import-encoding';
import { inspectTables } from '../services/inspect-tables';
import { redecodeDocument } from '../services/redecode-document';
import type { Session } from '../services/session';
import { stageUploadedFiles } from '../services/upload-staging';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { jobPayload } from './job-payload';

interface ImportChoices {
  maxBytes?: number;
  columnMapping?: ChosenColumnMapping;
  encoding?: string;
}

/** Importing files in a worker, and reading a document again (shared/contract/import.ts). */
export function createImportHandlers(
  context: HandlerContext,
): DomainHandlers<typeof importContract> {
  const { project, jobs } = context;
  const startImport = (
    session: Session,
    paths: string[],
    choices: ImportChoices,
  ): JobStatePayload =>
    context.jobOwners.started(
      session,
      jobPayload(
        jobs.startImport({
          projectPath: project.filePath,
          paths,
          actor: session.actor,
          maxBytes: choices.maxBytes,
          columnMapping: choices.columnMapping,
          encoding: checkedImportEncoding(choices.encoding),
          nativeBinding: context.nativeBinding,
        }),
      ),
    );
  return {
    'import.start': (input, session) => startImport(session, input.paths, input),
    'import.upload': (input, session) => {
      // Checked before the files are written to the staging folder.
      checkedImportEncoding(input.encoding);
      const staged = stageUploadedFiles(input.files);
      try {
        const job = startImport(session, [staged.dir], input);
        // The copies are needed only while the worker reads them.
        void jobs.wait(job.id).then(staged.remove, staged.remove);
        return job;
      } catch (error) {
        staged.remove();
        throw error;
      }
    },
    'import.inspectTables': (input) =>
      inspectTables(project.db, input.paths, {
        encoding: checkedImportEncoding(input.encoding),
      }),
    'documents.redecode': (input, session) => redecodeDocument(project.db, input, session.actor),
  };
}
