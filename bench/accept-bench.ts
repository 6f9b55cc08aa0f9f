// Bulk accept benchmark: how long `gleaner accept` takes on a big project, next to the least
// any bulk accept could cost (one bare UPDATE of the same rows, no audit, no guard), and to that
// UPDATE with the per-value triggers paused (what is left once the counters, learned votes and
// audit rows are not kept at all).
//
//   npx tsx bench/accept-bench.ts [--articles 20000]
//
// The project is a copy of a scale project (bench/scale-project.ts: the seeded one grown in SQL,
// statuses spread over the workflow); the baseline runs on another copy of the same file, so
// both start from the same rows. Approved articles are read-only: both leave their values alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { acceptSuggestions } from '../electron/services/bulk-accept';
import { Project } from '../electron/services/project';
import { countOf } from './replicate-project';
import { copyOfScaleProject } from './scale-project';

function articlesArg(argv: string[]): number {
  if (argv.length === 0) return 20_000;
  const value = Number(argv[1]?.replaceAll('_', ''));
  if (argv[0] !== '--articles' || argv.length !== 2 || !Number.isInteger(value) || value <= 0)
    throw new Error('Usage: npx tsx bench/accept-bench.ts [--articles N]');
  return value;
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);

/** Seconds of CPU this process has used: on a shared machine, a figure the load barely moves. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** One UPDATE of every suggestion outside approved articles, on `file`, timed. */
function bareUpdate(file: string, { paused }: { paused: boolean }) {
  const bare = new Database(file);
  try {
    bare.pragma('journal_mode = WAL');
    const update = bare.prepare(
      `UPDATE field_values SET state = 'accepted', revision = revision + 1
       WHERE state = 'suggested'
         AND article_id IN (SELECT id FROM articles WHERE status <> 'approved')`,
    );
    const pause = bare.prepare('INSERT INTO value_triggers_paused (one) VALUES (1)');
    const started = performance.now();
    const cpuStarted = cpuSeconds();
    const changed = bare.transaction(() => {
      if (paused) pause.run();
      return update.run().changes;
    })();
    return {
      changed,
      seconds: (performance.now() - started) / 1000,
      cpu: cpuSeconds() - cpuStarted,
    };
  } finally {
    bare.close();
  }
}

function main(): void {
  const articles = articlesArg(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-accept-bench-'));
  try {
    const file = copyOfScaleProject(articles, workDir);
    const project = Project.open(file, { actor: 'bench' });
    const suggested = countOf(
      project.db,
      `SELECT count(*) AS n FROM field_values v JOIN articles a ON a.id = v.article_id
       WHERE v.state = 'suggested' AND a.status <> 'approved'`,
    );
    project.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = path.join(workDir, 'baseline.gleaner');
    fs.copyFileSync(file, copy);
    console.log(
      `Project: ${articles} articles, ${suggested} suggested values outside approved ones`,
    );

    // The floor: the same rows accepted by one statement, in one transaction, with the triggers
    // every row-by-row writer fires; and the same statement with the per-value triggers paused
    // (migration 21), which leaves the counters and learned votes stale: what a bulk accept
    // costs at least before it keeps them and writes its audit rows.
    const baseline = bareUpdate(copy, { paused: false });
    fs.rmSync(copy);
    fs.copyFileSync(file, copy);
    const floor = bareUpdate(copy, { paused: true });
    const changed = baseline.changed;
    const baselineSeconds = baseline.seconds;
    const baselineCpu = baseline.cpu;

    const started = performance.now();
    const cpuStarted = cpuSeconds();
    const report = acceptSuggestions(project.db, {}, 'bench');
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds() - cpuStarted;
    const audited = countOf(
      project.db,
      "SELECT count(*) AS n FROM audit WHERE action = 'set-state' AND actor = 'bench'",
    );
    project.close();
    if (
      changed !== suggested ||
      floor.changed !== suggested ||
      report.accepted !== suggested ||
      audited !== suggested
    )
      throw new Error(
        `Counts differ: ${changed} bare, ${report.accepted} accepted, ${audited} audited`,
      );

    console.log('');
    console.log(
      '| run | values | seconds | values/s | × baseline | CPU seconds | × baseline CPU |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(
      `| baseline (one UPDATE, no audit) | ${changed} | ${fixed(baselineSeconds)} | ` +
        `${fixed(changed / baselineSeconds, 0)} | 1.0 | ${fixed(baselineCpu)} | 1.0 |`,
    );
    console.log(
      `| the same UPDATE, per-value triggers paused (counts and votes left stale) | ` +
        `${floor.changed} | ${fixed(floor.seconds)} | ${fixed(floor.changed / floor.seconds, 0)} | ` +
        `${fixed(floor.seconds / baselineSeconds, 1)} | ${fixed(floor.cpu)} | ` +
        `${fixed(floor.cpu / baselineCpu, 1)} |`,
    );
    console.log(
      `| gleaner accept (guarded, audited, ${report.articles} articles moved on) | ` +
        `${report.accepted} | ${fixed(seconds)} | ${fixed(report.accepted / seconds, 0)} | ` +
        `${fixed(seconds / baselineSeconds, 1)} | ${fixed(cpu)} | ${fixed(cpu / baselineCpu, 1)} |`,
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
