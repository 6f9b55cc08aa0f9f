import type { JobStatePayload } from '../../shared/contract/domain';

export interface JobFollowerOptions {
  /** Fetches the job's current state (jobs.get). */
  getJob(id: string): Promise<JobStatePayload>;
  /** A new state of the followed job: its progress changed, or it ended. */
  onUpdate(job: JobStatePayload): void;
  /** The job is no longer running (done, failed or cancelled), after its last onUpdate. */
  onEnd(job: JobStatePayload): void | Promise<void>;
  onError(error: unknown): void;
  intervalMs?: number;
}

export interface JobFollower {
  /** Follows this job from now on, instead of any job followed before. */
  follow(job: JobStatePayload): void;
  stop(): void;
}

/** Whether two states of a job would show the same (a poll that brought nothing new). */
function sameState(a: JobStatePayload, b: JobStatePayload): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Polls one job until it ends. Only a state that differs from the last one is passed on, so a
 * phase without progress (say, a long index flush) costs the window no renders; the next poll
 * is scheduled after the answer arrives, so polls never pile up behind a slow answer.
 */
export function createJobFollower(options: JobFollowerOptions): JobFollower {
  const intervalMs = options.intervalMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // A poll answering for a job no longer followed is dropped.
  let generation = 0;

  const stop = (): void => {
    generation += 1;
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const follow = (job: JobStatePayload): void => {
    stop();
    const mine = generation;
    let last = job;
    const tick = async (): Promise<void> => {
      timer = null;
      try {
        const next = await options.getJob(job.id);
        if (mine !== generation) return;
        if (!sameState(last, next)) options.onUpdate(next);
        last = next;
        if (next.status === 'running') timer = setTimeout(() => void tick(), intervalMs);
        else await options.onEnd(next);
      } catch (error) {
        if (mine === generation) options.onError(error);
      }
    };
    timer = setTimeout(() => void tick(), intervalMs);
  };

  return { follow, stop };
}
