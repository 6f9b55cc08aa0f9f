import { parentPort, workerData } from 'node:worker_threads';
import { lowerThisThreadPriority } from './background-priority';

/** What a worker started ahead of its job is given: nothing but that it should wait. */
export interface StandbyWorkerData {
  standby: true;
  /** Load and wait below normal priority, as its jobs will run (JobRunnerOptions.background). */
  background?: boolean | undefined;
}

/**
 * Runs a job worker's `begin` with its job: at once when the worker was started for the job,
 * or, for a worker the JobRunner started ahead (warm, its modules loaded and compiled), when the
 * job arrives as the first message. `entry` (the worker's own file) always comes from workerData.
 */
export function startJobWorker<T extends { entry: string }>(
  begin: (data: T) => void,
  /** What a waiting worker does before it says it is ready (what its first job would load). */
  warmUp?: () => void,
): void {
  const data = workerData as T | (StandbyWorkerData & { entry: string });
  if ('standby' in data && data.standby) {
    if (data.background) lowerThisThreadPriority();
    parentPort!.once('message', (job: Omit<T, 'entry'>) => {
      begin({ ...job, entry: data.entry } as T);
    });
    // Every module of the worker is loaded by now: the runner may hand it a job.
    warmUp?.();
    parentPort!.postMessage({ type: 'standby-ready' });
  } else {
    begin(data as T);
  }
}
