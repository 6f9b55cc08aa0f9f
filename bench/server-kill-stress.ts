// Stress: browser mode killed with SIGKILL at random moments, again and again, while writers
// change values over HTTP; each run goes on from what the file holds. After every kill the file
// must be sound (integrity check, audit chain) and hold every write the server acknowledged. The
// short version runs in the unit tests (electron/server/server-kill.test.ts).
//
//   npm run stress:server-kill [-- --kills 20 --writers 8 --max-ms 3000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  prepareKillRun,
  problemsAfterKill,
  writeThenKill,
} from '../electron/test-support/server-kill';
import { numberOption } from './options';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string' },
      writers: { type: 'string' },
      'max-ms': { type: 'string' },
    },
  });
  const kills = numberOption(values.kills, 20, 'kills');
  const writers = numberOption(values.writers, 8, 'writers');
  const maxMs = numberOption(values['max-ms'], 3000, 'max-ms');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-server-kill-stress-'));
  let failed = false;
  try {
    const run = prepareKillRun(dir);
    console.log(`${run.revisions.size} values, ${writers} writers, ${kills} kills`);
    for (let k = 1; k <= kills; k++) {
      const before = run.writes;
      await writeThenKill(run, writers, 300 + Math.random() * (maxMs - 300));
      const problems = problemsAfterKill(run);
      console.log(
        `kill ${k}: ${run.writes - before} writes acknowledged before it, ${problems.length === 0 ? 'file sound, none lost' : problems.join('; ')}`,
      );
      if (problems.length > 0) failed = true;
    }
    console.log(
      `${run.writes} acknowledged writes on ${run.acknowledged.size} values across ${kills} kills: ${failed ? 'PROBLEMS FOUND' : 'none lost'}`,
    );
  } finally {
    if (failed) console.log(`kept for inspection: ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
