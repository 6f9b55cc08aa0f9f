import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobStatePayload } from '../../shared/contract/domain';
import { createJobFollower } from './job-follower';

function jobState(id: string, done: number, status: JobStatePayload['status'] = 'running') {
  return {
    id,
    kind: 'import',
    status,
    progress: { phase: 'import', done, total: 10, currentFile: null },
    startedAt: '2026-11-23T00:00:00.000Z',
    finishedAt: status === 'running' ? null : '2026-11-23T00:01:00.000Z',
    report: null,
    error: null,
  } satisfies JobStatePayload;
}

/** A server whose job states are given in order, one per poll. */
function serverAnswering(...states: JobStatePayload[]) {
  const polls: string[] = [];
  return {
    polls,
    getJob: (id: string) => {
      polls.push(id);
      const next = states.shift();
      return next ? Promise.resolve(next) : Promise.reject(new Error('no more states'));
    },
  };
}

describe('createJobFollower', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes on each new state, skips polls that bring nothing new, and ends once', async () => {
    const server = serverAnswering(
      jobState('a', 3),
      jobState('a', 3),
      jobState('a', 7),
      jobState('a', 10, 'done'),
    );
    const updates: number[] = [];
    const ended: string[] = [];
    const follower = createJobFollower({
      getJob: server.getJob,
      onUpdate: (job) => updates.push(job.progress.done),
      onEnd: (job) => void ended.push(job.status),
      onError: (error) => {
        throw error;
      },
    });
    follower.follow(jobState('a', 0));
    await vi.advanceTimersByTimeAsync(250 * 10);
    expect(server.polls).toEqual(['a', 'a', 'a', 'a']);
    expect(updates).toEqual([3, 7, 10]);
    expect(ended).toEqual(['done']);
  });

  it('follows only the newest job: an answer for the one before is dropped', async () => {
    const server = serverAnswering(jobState('b', 5), jobState('b', 10, 'done'));
    const updates: string[] = [];
    const follower = createJobFollower({
      getJob: server.getJob,
      onUpdate: (job) => updates.push(`${job.id}:${job.progress.done}`),
      onEnd: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    follower.follow(jobState('a', 0));
    follower.follow(jobState('b', 0));
    await vi.advanceTimersByTimeAsync(250 * 4);
    expect(server.polls).toEqual(['b', 'b']);
    expect(updates).toEqual(['b:5', 'b:10']);
  });

  it('reports a failed poll and stops polling; stop() ends following', async () => {
    const server = serverAnswering(jobState('a', 1));
    const errors: string[] = [];
    const follower = createJobFollower({
      getJob: server.getJob,
      onUpdate: () => undefined,
      onEnd: () => undefined,
      onError: (error) => errors.push((error as Error).message),
    });
    follower.follow(jobState('a', 0));
    await vi.advanceTimersByTimeAsync(250 * 5);
    expect(errors).toEqual(['no more states']);
    expect(server.polls).toHaveLength(2);

    follower.follow(jobState('c', 0));
    follower.stop();
    await vi.advanceTimersByTimeAsync(250 * 5);
    expect(server.polls).toHaveLength(2);
  });
});
