// Import into a big project (issue 19, point 5): the same 1,000 generated files imported into
// an empty project and into copies of the scale projects (bench/scale-project.ts), by the app's
// own path (a JobRunner worker: store, extract, index the new text), then the same files again
// (duplicates of the newest documents) and the seed pages (duplicates of the oldest ones).
// Each size's times sit side by side: the cost of an import should not grow with the project.
//
//   npx tsx bench/scale-import.ts [--files 1000] [--sizes 0,100000,1000000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { Project } from '../electron/services/project';
import { generateCorpus } from './corpus';
import { parseOptions, wholeNumber, wholeNumbers } from './options';
import { copyOfScaleProject } from './scale-project';

interface Args {
  files: number;
  sizes: number[];
}

const parseArgs = (argv: string[]): Args =>
  parseOptions(
    argv,
    { files: 1000, sizes: [0, 100_000] },
    { files: wholeNumber(1), sizes: wholeNumbers(0) },
    '--files N, --sizes 0,100000,…',
  );

interface Phases {
  store: number;
  extract: number;
  index: number;
  imported: number;
  duplicates: number;
}

/** One import job through the JobRunner, its phases timed by polling the job's progress. */
async function importJob(projectPath: string, paths: string[]): Promise<Phases> {
  const runner = new JobRunner(sourceWorkerLauncher);
  const started = performance.now();
  const job = runner.startImport({ projectPath, paths, actor: 'bench' });
  let extractAt: number | null = null;
  let indexAt: number | null = null;
  let finished = false;
  const done = runner.wait(job.id).finally(() => (finished = true));
  while (!finished) {
    const phase = runner.get(job.id)?.progress.phase;
    if (extractAt === null && phase === 'extract') extractAt = performance.now();
    if (indexAt === null && phase === 'index') indexAt = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const state = await done;
  const ended = performance.now();
  if (state.status !== 'done' || !state.report)
    throw new Error(`The import ended ${state.status}: ${state.error ?? 'no report'}`);
  const storeEnd = extractAt ?? indexAt ?? ended;
  const extractEnd = indexAt ?? ended;
  return {
    store: (storeEnd - started) / 1000,
    extract: (extractEnd - storeEnd) / 1000,
    index: (ended - extractEnd) / 1000,
    imported: state.report.imported.length,
    duplicates: state.report.duplicates.length,
  };
}

const s = (seconds: number) => seconds.toFixed(2);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-scale-import-'));
  try {
    const corpus = generateCorpus({
      dir: path.join(workDir, 'corpus'),
      seedsDir: path.join(repoRoot, 'seeds'),
      files: args.files,
    });
    const seedPages = fs
      .readdirSync(path.join(repoRoot, 'seeds'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => path.join(repoRoot, 'seeds', name));
    const rows: string[] = [];
    for (const size of args.sizes) {
      let projectPath: string;
      if (size === 0) {
        projectPath = path.join(workDir, 'empty.gleaner');
        Project.open(projectPath).close();
      } else {
        projectPath = copyOfScaleProject(size, workDir);
        // The copy is opened once before timing, as the app would have opened it already.
        Project.open(projectPath).close();
      }
      const fresh = await importJob(projectPath, [path.join(workDir, 'corpus')]);
      const again = await importJob(projectPath, [path.join(workDir, 'corpus')]);
      // The seed pages are the first documents of every scale project (its oldest); an empty
      // project gets them now, so its row shows them imported rather than matched.
      const oldest = await importJob(projectPath, seedPages);
      rows.push(
        `| ${size} | ${fresh.imported} | ${s(fresh.store)} | ${s(fresh.extract)} | ${s(fresh.index)} | ` +
          `${s(fresh.store + fresh.extract + fresh.index)} | ${again.duplicates} in ${s(again.store + again.extract + again.index)} | ` +
          `${oldest.duplicates} in ${s(oldest.store + oldest.extract + oldest.index)} |`,
      );
      console.log(rows.at(-1));
      fs.rmSync(projectPath, { force: true });
      for (const suffix of ['-wal', '-shm']) fs.rmSync(projectPath + suffix, { force: true });
    }
    console.log('');
    console.log(
      `| articles before | files imported | store s | extract s | index s | total s | ` +
        `same files again (duplicates of the newest) | seed pages (duplicates of the oldest) |`,
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
    console.log('');
    console.log(
      `- ${corpus.paths.length} generated files (${args.files} requested); the baseline is the ` +
        'first row: an import into an empty project. Scale projects are copies of bench/scale-project.ts ' +
        'files (their replicated articles are not search-indexed, so "index" is the new text only).',
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
