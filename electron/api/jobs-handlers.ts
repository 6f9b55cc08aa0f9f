import type { jobsContract } from '../../shared/contract/jobs';
import type { JobStatePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import type { JobState } from '../jobs/job-runner';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { jobPayload } from './job-payload';

function found(job: JobState | undefined, id: string): JobStatePayload {
  if (!job) throw apiError('job-missing', { jobId: id });
  return jobPayload(job);
}

/** Progress and cancelling of long work (shared/contract/jobs.ts). */
export function createJobsHandlers(context: HandlerContext): DomainHandlers<typeof jobsContract> {
  const { jobs, jobOwners, project } = context;
  return {
    'jobs.get': (input) => found(jobs.get(input.id), input.id),
    'jobs.list': () => jobs.list().map(jobPayload),
    'jobs.cancel': (input, session) => {
      jobOwners.refuseCancelByOthers(project.db, session, input.id);
      return found(jobs.cancel(input.id), input.id);
    },
  };
}
