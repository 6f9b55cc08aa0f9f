import type { exportContract } from '../../shared/contract/export';
import { listExports } from '../database/exports-repository';
import { startExportJob } from '../jobs/start-export';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { jobPayload } from './job-payload';

/** Exporting in a worker, and the list of past exports (shared/contract/export.ts). */
export function createExportHandlers(
  context: HandlerContext,
): DomainHandlers<typeof exportContract> {
  const { project, jobs } = context;
  return {
    'export.start': (input, session) =>
      context.jobOwners.started(
        session,
        jobPayload(
          startExportJob(jobs, project, input, {
            actor: session.actor,
            nativeBinding: context.nativeBinding,
          }),
        ),
      ),
    'exports.list': () => listExports(project.db),
  };
}
