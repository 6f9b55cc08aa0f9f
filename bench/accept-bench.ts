// Bulk accept benchmark: how long `gleaner accept` takes on a big project, next to the least
// any bulk accept could cost (one bare UPDATE of the same rows, no audit, no guard).
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

    // The floor: the same rows accepted by one statement, in one transaction.
    const bare = new Database(copy);
    bare.pragma('journal_mode = WAL');
    let started = performance.now();
    let cpuStarted = cpuSeconds();
    const changed = bare
      .prepare(
        `UPDATE field_values SET state = 'accepted', revision = revision + 1
         WHERE state = 'suggested'
           AND article_id IN (SELECT id FROM articles WHERE status <> 'approved')`,
      )
      .run().changes;
    const baselineSeconds = (performance.now() - started) / 1000;
    const baselineCpu = cpuSeconds() - cpuStarted;
    bare.close();

    started = performance.now();
    cpuStarted = cpuSeconds();
    const report = acceptSuggestions(project.db, {}, 'bench');
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds() - cpuStarted;
    const audited = countOf(
      project.db,
      "SELECT count(*) AS n FROM audit WHERE action = 'set-state' AND actor = 'bench'",
    );
    project.close();
    if (changed !== suggested || report.accepted !== suggested || audited !== suggested)
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
      `| gleaner accept (guarded, audited, ${report.articles} articles moved on) | ` +
        `${report.accepted} | ${fixed(seconds)} | ${fixed(report.accepted / seconds, 0)} | ` +
        `${fixed(seconds / baselineSeconds, 1)} | ${fixed(cpu)} | ${fixed(cpu / baselineCpu, 1)} |`,
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
