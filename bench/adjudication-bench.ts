// Adjudication benchmark (issue 20, double annotation): two curators work on the same N articles
// of a big project in two work packages, both are merged, and a reviewer lists the disagreements
// and decides one (then undoes it).
//
//   npx tsx bench/adjudication-bench.ts [--project 10000] [--package 2000]
//
// The project is a copy of a scale project (bench/scale-project.ts). 王芳 accepts every
// suggested hospital and city value in her package, 李静 every hospital and person value in
// hers: the city values only 王芳 kept and the people only 李静 kept are disagreements. The
// baseline reads the recorded versions bare (the meta rows, JSON.parse): what any reading of
// both versions costs before comparing anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { adjudicate, undoAdjudication } from '../electron/packages/adjudicate';
import { listDisagreements } from '../electron/packages/adjudication-list';
import { projectAgreement } from '../electron/packages/annotations';
import { createWorkPackage } from '../electron/packages/create-package';
import { mergeWorkPackage } from '../electron/packages/merge-package';
import { acceptSuggestions } from '../electron/services/bulk-accept';
import { Project } from '../electron/services/project';
import { copyOfScaleProject } from './scale-project';

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]?.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error('Usage: npx tsx bench/adjudication-bench.ts [--project N] [--package N]');
  return value;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

/** Two packages of the same articles, each curated by its own curator, in `workDir`. */
function curatedPackages(file: string, workDir: string, size: number): [string, string] {
  const project = Project.open(file, { actor: 'bench' });
  const ids = (
    project.db.prepare('SELECT id FROM articles ORDER BY id LIMIT ?').all(size) as { id: number }[]
  ).map((r) => r.id);
  const files = ['wang', 'li'].map((name) => path.join(workDir, `${name}.gleaner`)) as [
    string,
    string,
  ];
  for (const out of files)
    createWorkPackage(project.db, { selection: { articleIds: ids }, out, actor: 'bench' });
  project.close();
  const work: [string, string, string[]][] = [
    [files[0], '王芳', ['hospital', 'city']],
    [files[1], '李静', ['hospital', 'people']],
  ];
  for (const [out, curator, fields] of work) {
    const pkg = Project.open(out, { mustExist: true });
    const report = acceptSuggestions(pkg.db, { fields }, curator);
    pkg.close();
    console.log(`${curator} accepted ${report.accepted} values in ${report.articles} articles`);
  }
  return files;
}

function main(): void {
  const argv = process.argv.slice(2);
  const projectSize = option(argv, 'project', 10_000);
  const packageSize = option(argv, 'package', 2_000);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-adjudication-bench-'));
  try {
    const file = copyOfScaleProject(projectSize, workDir);
    const [a, b] = curatedPackages(file, workDir, packageSize);
    const project = Project.open(file, { mustExist: true });
    const db = project.db;
    const [, firstMs] = timed(() => mergeWorkPackage(db, { file: a, actor: 'bench' }));
    const [second, secondMs] = timed(() =>
      mergeWorkPackage(db, { file: b, actor: 'bench', resolutions: { prefer: 'main' } }),
    );
    if (second.status !== 'merged') throw new Error(`second merge ended ${second.status}`);
    console.log(
      `Project ${projectSize} articles, both packages ${packageSize} articles; merges ${ms(firstMs)} and ${ms(secondMs)} (${second.summary.resolved} conflicts kept the project's side)`,
    );

    const [bare, bareMs] = timed(
      () =>
        (
          db.prepare("SELECT value FROM meta WHERE key LIKE 'annotation:%'").all() as {
            value: string;
          }[]
        ).map((r) => JSON.parse(r.value) as { values: unknown[] }).length,
    );
    const [figures, figuresMs] = timed(() => projectAgreement(db));
    const [list, listMs] = timed(() => listDisagreements(db));
    const first = list.open[0]!;
    const [, decideMs] = timed(() => adjudicate(db, { key: first.key, choice: 'b' }, 'reviewer'));
    const [, undoMs] = timed(() => undoAdjudication(db, { key: first.key }, 'reviewer'));
    project.close();
    const pair = figures.pairs[0]!;
    console.log(
      `agreement: F1 ${pair.f1?.toFixed(3)}, kappa ${pair.kappa?.toFixed(3) ?? '–'} over ${pair.articles} shared articles; ${list.open.length} open disagreements of ${list.total}`,
    );
    console.log(`bare read of the ${bare} recorded versions: ${ms(bareMs)}`);
    console.log(`agreement figures:               ${ms(figuresMs)}`);
    console.log(`list of open disagreements:      ${ms(listMs)}`);
    console.log(`one decision (take 李静's):      ${ms(decideMs)}`);
    console.log(`its undo:                        ${ms(undoMs)}`);
    console.log(`list / bare read:                ${(listMs / bareMs).toFixed(1)}×`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
