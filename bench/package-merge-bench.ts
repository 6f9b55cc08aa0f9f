// Work package benchmark (issue 20): making a package of N articles out of a big project, and
// merging it back after a curator's work in it, next to a bare copy of the same rows.
//
//   npx tsx bench/package-merge-bench.ts [--project 100000] [--package 10000]
//
// The project is a copy of a scale project (bench/scale-project.ts). The package holds the pages
// of its first N articles; in it, a curator accepts every suggested hospital and city value (bulk
// accept: values, article states and audit rows change, as when working through a package). The
// baseline attaches the same package to another copy of the project and copies, in one
// transaction, the rows a merge reads and writes (the package's articles, ranges, values, spans,
// comments and its audit rows since the stamp) into temporary tables with INSERT … SELECT: what
// moving those rows costs with no comparison, no stamp and no audit chain.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createWorkPackage } from '../electron/packages/create-package';
import { mergeWorkPackage } from '../electron/packages/merge-package';
import { acceptSuggestions } from '../electron/services/bulk-accept';
import { Project } from '../electron/services/project';
import { countOf } from './replicate-project';
import { copyOfScaleProject } from './scale-project';

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]?.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error('Usage: npx tsx bench/package-merge-bench.ts [--project N] [--package N]');
  return value;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

function main(): void {
  const argv = process.argv.slice(2);
  const projectSize = option(argv, 'project', 100_000);
  const packageSize = option(argv, 'package', 10_000);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-package-bench-'));
  try {
    const file = copyOfScaleProject(projectSize, workDir);
    const baselineFile = path.join(workDir, 'baseline.gleaner');
    fs.copyFileSync(file, baselineFile);
    const out = path.join(workDir, 'pkg.gleaner');

    const project = Project.open(file, { actor: 'bench' });
    const ids = (
      project.db.prepare('SELECT id FROM articles ORDER BY id LIMIT ?').all(packageSize) as {
        id: number;
      }[]
    ).map((r) => r.id);
    const [created, createMs] = timed(() =>
      createWorkPackage(project.db, {
        selection: { articleIds: ids },
        out,
        actor: 'bench',
      }),
    );
    project.close();
    console.log(
      `Project ${projectSize} articles; package of ${created.articles} articles on ${created.documents} pages, ${created.values} values, ${created.auditRows} history rows, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`,
    );
    console.log(`create package:            ${seconds(createMs)}`);

    const pkg = Project.open(out, { mustExist: true });
    const [report, workMs] = timed(() =>
      acceptSuggestions(pkg.db, { fields: ['hospital', 'city'] }, '王芳'),
    );
    pkg.close();
    console.log(
      `curator's work in package: ${report.accepted} values accepted in ${report.articles} articles (${seconds(workMs)})`,
    );

    const main = Project.open(file, { mustExist: true });
    const auditBefore = countOf(main.db, 'SELECT count(*) AS n FROM audit');
    const [result, mergeMs] = timed(() => mergeWorkPackage(main.db, { file: out, actor: 'bench' }));
    const appended = countOf(main.db, 'SELECT count(*) AS n FROM audit') - auditBefore;
    main.close();
    if (result.status !== 'merged') throw new Error(`merge ended ${result.status}`);
    console.log(
      `merge package:             ${seconds(mergeMs)} (${result.summary.values} values, ${result.summary.states} article states, ${appended} audit rows appended)`,
    );

    const bare = new Database(baselineFile);
    bare.prepare('ATTACH DATABASE ? AS pkg').run(out);
    const base = JSON.parse(
      (
        bare.prepare("SELECT value FROM pkg.meta WHERE key = 'work_package'").get() as {
          value: string;
        }
      ).value,
    ) as { auditBase: number };
    const [, bareMs] = timed(() =>
      bare.transaction(() => {
        for (const table of [
          'articles',
          'article_ranges',
          'field_values',
          'value_spans',
          'comments',
        ])
          bare.exec(`CREATE TEMP TABLE bare_${table} AS SELECT * FROM pkg.${table}`);
        bare
          .prepare('CREATE TEMP TABLE bare_audit AS SELECT * FROM pkg.audit WHERE id > ?')
          .run(base.auditBase);
      })(),
    );
    bare.close();
    console.log(`bare copy of the same rows: ${seconds(bareMs)}`);
    console.log(`merge / bare copy:         ${(mergeMs / bareMs).toFixed(1)}×`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
