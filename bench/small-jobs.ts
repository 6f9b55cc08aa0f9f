// Small-jobs benchmark: how long a job over a handful of articles takes from start to finished
// (re-running extraction, a JSONL and a CSV export of the 9 seed articles), next to the bare
// baseline of the same work done in this thread with no job around it, and to the cost of
// starting an empty worker thread.
//
//   npx tsx bench/small-jobs.ts [--runs 3]
//
// Jobs run as browser mode runs them (workers from the TypeScript sources). "warm" is a JobRunner
// that keeps a worker of each kind started ahead (JobRunnerOptions.warm), "cold" one that starts
// a worker per job.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { bundledSeedsDir } from '../electron/app-root';
import { exportToFile } from '../electron/export/export-formats';
import { JobRunner, type JobRunnerOptions } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { allArticleIds, extractArticles } from '../electron/services/extract-articles';
import { Project } from '../electron/services/project';

function parseRuns(argv: string[]): number {
  if (argv.length === 0) return 3;
  if (argv[0] !== '--runs' || argv.length !== 2) throw new Error('Use --runs N');
  const runs = Number(argv[1]);
  if (!Number.isInteger(runs) || runs <= 0) throw new Error('--runs needs a positive whole number');
  return runs;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The floor of any worker job: a thread that starts and exits at once. */
function emptyWorker(): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker('0', { eval: true });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
}

async function jobTimes(project: Project, dir: string, options: JobRunnerOptions, runs: number) {
  const jobs = new JobRunner(sourceWorkerLauncher, options);
  // A warm runner starts its workers when it is made; the user opens the app well before a job.
  if (options.warm) await jobs.whenWarm();
  const times = { reextract: [] as number[], jsonl: [] as number[], csv: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const common = { projectPath: project.filePath, actor: 'bench' };
    if (options.warm) await jobs.whenWarm();
    times.reextract.push(
      await timed(async () => {
        const job = jobs.startImport({ ...common, mode: 'reextract', paths: [] });
        const done = await jobs.wait(job.id);
        if (done.status !== 'done') throw new Error(`re-extraction ${done.status}: ${done.error}`);
      }),
    );
    for (const format of ['jsonl', 'csv'] as const) {
      if (options.warm) await jobs.whenWarm();
      times[format].push(
        await timed(async () => {
          const job = jobs.startExport({
            ...common,
            format,
            out: path.join(dir, `job-${run}.${format}`),
            status: 'any',
            includeRejected: false,
            overwrite: true,
            title: 'bench',
          });
          const done = await jobs.wait(job.id);
          if (done.status !== 'done') throw new Error(`export ${done.status}: ${done.error}`);
        }),
      );
    }
  }
  jobs.close();
  return times;
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-small-jobs-'));
  const project = Project.open(path.join(dir, 'project.gleaner'), { seedsDir: bundledSeedsDir });
  try {
    const articles = allArticleIds(project.db).length;
    const bare = {
      reextract: [] as number[],
      jsonl: [] as number[],
      csv: [] as number[],
      worker: [] as number[],
    };
    for (let run = 0; run < runs; run++) {
      bare.worker.push(await timed(emptyWorker));
      bare.reextract.push(
        await timed(() =>
          extractArticles(project.db, allArticleIds(project.db), { actor: 'bench' }),
        ),
      );
      for (const format of ['jsonl', 'csv'] as const) {
        bare[format].push(
          await timed(() =>
            exportToFile(project.db, format, {
              out: path.join(dir, `bare-${run}.${format}`),
              filter: { status: 'any' },
              includeRejected: false,
              overwrite: true,
              actor: 'bench',
            }),
          ),
        );
      }
    }
    const cold = await jobTimes(project, dir, { background: true }, runs);
    const warm = await jobTimes(project, dir, { background: true, warm: true }, runs);
    const ms = (values: number[]) => `${median(values).toFixed(0).padStart(6)} ms`;
    console.log(`Small jobs over ${articles} articles, median of ${runs} runs`);
    console.log(`  empty worker thread start+exit   ${ms(bare.worker)}`);
    for (const kind of ['reextract', 'jsonl', 'csv'] as const) {
      const name = kind === 'reextract' ? 're-run extraction' : `${kind} export`;
      console.log(
        `  ${name.padEnd(18)} bare ${ms(bare[kind])} · cold job ${ms(cold[kind])} · warm job ${ms(warm[kind])}`,
      );
    }
  } finally {
    project.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
