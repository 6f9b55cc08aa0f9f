import { describe, expect, it } from 'vitest';
import { prepareKillRun, problemsAfterKill, writeThenKill } from '../test-support/server-kill';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-server-kill-');

// Real processes killed for real; the long version is npm run stress:server-kill.
describe('browser mode killed with SIGKILL', () => {
  it(
    'loses no acknowledged edit and leaves a sound file with a whole audit chain',
    { timeout: 180_000 },
    async () => {
      const run = prepareKillRun(tempDir());
      expect(run.revisions.size).toBeGreaterThan(50);
      for (let kill = 0; kill < 3; kill++) {
        // Killed in the middle of writing, at a moment that differs from run to run.
        await writeThenKill(run, 4, 700 + Math.random() * 800);
        expect(problemsAfterKill(run)).toEqual([]);
      }
      // Enough acknowledged writes, on enough values, for the check to mean something.
      expect(run.writes).toBeGreaterThan(100);
      expect(run.acknowledged.size).toBeGreaterThan(20);
    },
  );
});
