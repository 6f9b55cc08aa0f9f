import type { jobsContract } from '../../shared/contract/jobs';
import type { JobStatePayload } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import type { JobState } from '../jobs/job-runner';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { jobPayload } from './job-payload';

function found(job: JobState | undefined, id: string): JobStatePayload {
  if (!job)
    throw new ApiError('not-found', `There is no job ${id} (jobs are kept until the app closes).`);
  return jobPayload(job);
}

/** Progress and cancelling of long work (shared/contract/jobs.ts). */
export function createJobsHandlers(context: HandlerContext): DomainHandlers<typeof jobsContract> {
  const { jobs } = context;
  return {
    'jobs.get': (input) => found(jobs.get(input.id), input.id),
    'jobs.list': () => jobs.list().map(jobPayload),
    'jobs.cancel': (input) => found(jobs.cancel(input.id), input.id),
  };
}
