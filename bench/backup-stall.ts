// How long a backup of a big project holds up the thread that runs it (issue 8, point 5):
//
//   npm run bench:backup-stall -- [--mb 200]
//
// Fills a project with N MB, then backs it up the way the app does (SQLite online backup in
// steps, yielding between them) while measuring the event loop's longest delay, next to a
// one-shot VACUUM INTO of the same file for comparison.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createBackup } from '../electron/services/backups';
import { Project } from '../electron/services/project';

const at = process.argv.indexOf('--mb');
const megabytes = at >= 0 ? Number(process.argv[at + 1]) : 200;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-backup-stall-'));
try {
  const file = path.join(work, 'big.gleaner');
  const project = Project.open(file);
  const insert = project.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  const chunk = '拾穗'.repeat((512 * 1024) / 3); // ~1 MB of UTF-8
  project.db.transaction(() => {
    for (let i = 0; i < megabytes; i++) insert.run(`filler-${i}`, chunk);
  })();
  project.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(file).size / 1024 / 1024;

  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  const backup = await createBackup(project.db, file, 'manual');
  const seconds = (performance.now() - started) / 1000;
  histogram.disable();
  console.log(
    `Online backup of ${size.toFixed(0)} MB in ${seconds.toFixed(1)} s; longest event-loop delay ${(histogram.max / 1e6).toFixed(0)} ms (p99 ${(histogram.percentile(99) / 1e6).toFixed(0)} ms)`,
  );
  fs.rmSync(backup.path);

  const blocking = performance.now();
  project.db.prepare('VACUUM INTO ?').run(path.join(work, 'vacuum.gleaner'));
  console.log(
    `For comparison, VACUUM INTO blocks the thread for ${((performance.now() - blocking) / 1000).toFixed(1)} s`,
  );
  project.close();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
