import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobStatePayload } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import { createJobTracking, type JobTrackingState } from './job-tracking';

function jobState(done: number, status: JobStatePayload['status'] = 'running') {
  return {
    id: 'job-1',
    kind: 'export',
    status,
    progress: { phase: 'export', done, total: 10, currentFile: null },
    startedAt: '2026-12-06T00:00:00.000Z',
    finishedAt: status === 'running' ? null : '2026-12-06T00:01:00.000Z',
    report: null,
    error: null,
  } satisfies JobStatePayload;
}

/** A store's state and a jobs api answering the given states in order, one per poll. */
function harness(...states: JobStatePayload[]) {
  let state: JobTrackingState = { job: null, error: null };
  const ended: JobStatePayload[] = [];
  const cancelled: string[] = [];
  const tracking = createJobTracking(
    (partial) => (state = { ...state, ...partial }),
    () => state,
    {
      'jobs.get': () => {
        const next = states.shift();
        return next ? Promise.resolve(next) : Promise.reject(new ApiError('not-found', 'gone'));
      },
      'jobs.cancel': ({ id }) => {
        cancelled.push(id);
        return Promise.resolve({ ...jobState(3, 'cancelled'), id });
      },
    },
    (job) => void ended.push(job),
    10,
  );
  return {
    tracking,
    ended,
    cancelled,
    state: () => state,
    show: (job: JobStatePayload) => (state = { ...state, job }),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createJobTracking', () => {
  it('sets each new state of the followed job and calls onEnd once it stops running', async () => {
    const h = harness(jobState(4), jobState(10, 'done'));
    h.show(jobState(0));
    h.tracking.follow(jobState(0));
    await vi.advanceTimersByTimeAsync(10);
    expect(h.state().job?.progress.done).toBe(4);
    expect(h.ended).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(h.state().job?.status).toBe('done');
    expect(h.ended.map((j) => j.status)).toEqual(['done']);
  });

  it('cancels the followed job, shows the state it answers, and does nothing without a job', async () => {
    const h = harness();
    await h.tracking.cancel();
    expect(h.cancelled).toEqual([]);
    h.show(jobState(3));
    await h.tracking.cancel();
    expect(h.cancelled).toEqual(['job-1']);
    expect(h.state().job?.status).toBe('cancelled');
  });

  it('puts a failed poll in the store as an ApiError', async () => {
    const h = harness();
    h.tracking.follow(jobState(0));
    await vi.advanceTimersByTimeAsync(10);
    expect(h.state().error).toBeInstanceOf(ApiError);
    expect(h.state().error?.code).toBe('not-found');
  });
});
