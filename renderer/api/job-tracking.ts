import type { Api } from '../../shared/contract/contract';
import type { JobStatePayload } from '../../shared/contract/domain';
import type { ApiError } from '../../shared/contract/errors';
import { asApiError } from './as-api-error';
import { createJobFollower } from './job-follower';

/** The state every store of jobs (imports, exports) keeps: the job followed and the last error. */
export interface JobTrackingState {
  job: JobStatePayload | null;
  error: ApiError | null;
}

export interface JobTracking {
  /** Polls `job` from now on (its first state is the caller's to show), instead of any other. */
  follow(job: JobStatePayload): void;
  /** Asks for the followed job to stop; the state it answers with is shown at once. */
  cancel(): Promise<void>;
}

/**
 * The job part of a store: follows one job by polling jobs.get (only a changed state is set),
 * cancels it, and reports failures in the store's `error`. `onEnd` runs once the job is no longer
 * running, after its last state was set. The store passes its api, so this module needs none.
 */
export function createJobTracking(
  set: (partial: Partial<JobTrackingState>) => void,
  get: () => JobTrackingState,
  jobs: Pick<Api, 'jobs.get' | 'jobs.cancel'>,
  onEnd: (job: JobStatePayload) => void | Promise<void>,
  intervalMs?: number,
): JobTracking {
  const follower = createJobFollower({
    getJob: (id) => jobs['jobs.get']({ id }),
    onUpdate: (job) => set({ job }),
    onEnd,
    onError: (error) => set({ error: asApiError(error) }),
    ...(intervalMs === undefined ? {} : { intervalMs }),
  });
  return {
    follow: (job) => follower.follow(job),
    async cancel() {
      const job = get().job;
      if (!job) return;
      try {
        set({ job: await jobs['jobs.cancel']({ id: job.id }) });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
  };
}
