import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { bundledSeedsDir } from '../app-root';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { holdWriteLock } from '../test-support/write-lock-holder';
import { ProjectHost } from './project-host';

const tempDir = useTempDir();
const caller = { client: 'window:1' };

/**
 * The longest the event loop went without running a timer while `work` ran: the handlers run on
 * the Electron main process's thread (and the browser-mode server's), where a stall freezes every
 * window of the app (input, menus, repaint) and every other tab's requests.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    const result = await work();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { result, stallMs };
  } finally {
    clearInterval(tick);
  }
}

function suggestion(file: string): { id: number; revision: number } {
  const project = Project.open(file);
  try {
    return project.db
      .prepare(
        "SELECT id, revision FROM field_values WHERE state = 'suggested' ORDER BY id LIMIT 1",
      )
      .get() as { id: number; revision: number };
  } finally {
    project.close();
  }
}

/**
 * A seeded project, another program holding its write lock for `lockMs`, and a window accepting
 * one suggestion meanwhile: what the window got back, how long its thread stalled, the value
 * before and after.
 */
async function acceptWhileLocked(lockMs: number) {
  const file = path.join(tempDir(), 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  const value = suggestion(file);
  const host = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'wang' });
  host.open(file);
  try {
    const lock = await holdWriteLock(file, lockMs);
    const { result, stallMs } = await longestStall(() =>
      dispatch(
        host.handlers,
        'values.setState',
        { valueId: value.id, state: 'accepted', revision: value.revision },
        caller,
      ),
    );
    await lock.released;
    return { file, value, result, stallMs };
  } finally {
    host.close();
  }
}

describe("a window's write while another program holds the project's write lock (issue 16)", () => {
  it(
    'waits its turn without freezing the main thread, then lands',
    { timeout: 60_000 },
    async () => {
      const { result, stallMs } = await acceptWhileLocked(2000);
      expect(result).toMatchObject({ ok: true, value: { state: 'accepted' } });
      // Before: the whole 2 s in one synchronous wait inside SQLite.
      expect(stallMs).toBeLessThan(600);
    },
  );

  it(
    'past the wait, says another program keeps the project busy, changes nothing, and never froze',
    { timeout: 60_000 },
    async () => {
      // Past the five seconds a write waits for another program.
      const { file, value, result, stallMs } = await acceptWhileLocked(7000);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toContain(file);
        expect(result.error.message).toMatch(/another program .* locked/);
      }
      expect(stallMs).toBeLessThan(600);
      expect(suggestion(file)).toEqual(value);
    },
  );
});
