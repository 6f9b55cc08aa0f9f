// Stress: the app's import job (a JobRunner worker with its prepare threads, which extract each
// page as they plan it) killed with SIGKILL at random moments, again and again, into one
// project; then one import to the end. Nothing may be lost or stored twice: every file is one
// document, every article is extracted with its suggestions, none holds suggestions without
// being marked extracted, and the suggestions are those of a clean import of the same folder.
// (`npm run stress:import-kill` does the same to `gleaner import`, the command line's path.)
//
//   npx tsx bench/import-kill-stress-job.ts [--kills 8] [--files 600]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { Project } from '../electron/services/project';
import {
  exited,
  importCounts,
  unfinishedArticles,
  waitFor,
  writeCorpus,
} from '../electron/test-support/interrupted-import';
import { seededRandom } from '../electron/test-support/pathological-pages';

const here = fileURLToPath(import.meta.url);

/** In the child: one import job of `corpus` into `project`, to its end. */
async function importOnce(corpus: string, project: string): Promise<void> {
  Project.open(project).close();
  const runner = new JobRunner(sourceWorkerLauncher);
  const job = runner.startImport({ projectPath: project, paths: [corpus], actor: 'stress' });
  const state = await runner.wait(job.id);
  if (state.status !== 'done') throw new Error(`the import ended ${state.status}: ${state.error}`);
  runner.close();
  process.exit(0);
}

function startChild(corpus: string, project: string) {
  return spawn(process.execPath, ['--import', 'tsx', here, '--child', corpus, project], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The suggestions of every article, by file name and article ordinal (no row ids). */
function suggestionsByArticle(project: string): string {
  const db = new Database(project, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT d.name, a.ordinal, v.field_key, v.ordinal AS o, v.value, v.raw, v.state
         FROM field_values v JOIN articles a ON a.id = v.article_id
         JOIN documents d ON d.id = a.document_id ORDER BY 1, 2, 3, 4`,
      )
      .all();
    return JSON.stringify(rows);
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return importOnce(args[1]!, args[2]!);
  const flag = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const kills = flag('--kills', 8);
  const files = flag('--files', 600);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-job-kill-'));
  try {
    const corpus = path.join(dir, 'corpus');
    writeCorpus(corpus, files);
    const clean = path.join(dir, 'clean.gleaner');
    const started = performance.now();
    await exited(startChild(corpus, clean));
    const wholeMs = performance.now() - started;
    console.log(`${files} pages; one whole import job takes ${(wholeMs / 1000).toFixed(1)} s`);

    const project = path.join(dir, 'p.gleaner');
    const random = seededRandom(7);
    for (let kill = 1; kill <= kills; kill++) {
      const child = startChild(corpus, project);
      const before = importCounts(project)?.documents ?? 0;
      // Once the job has stored a random number of files more, then up to 2 s later (storing,
      // or the phases after it once every file is in).
      const target = Math.min(files, before + 1 + Math.floor(random() * (files - before)));
      await waitFor(child, project, (c) => c.documents >= target).catch(() => {});
      await new Promise((r) => setTimeout(r, random() * 2000));
      child.kill('SIGKILL');
      await exited(child);
      if (!fs.existsSync(project)) {
        console.log(`kill ${kill}: before the project file was created`);
        continue;
      }
      const counts = importCounts(project);
      const unfinished = unfinishedArticles(project);
      console.log(
        `kill ${kill}: ${counts?.documents ?? 0} documents, ${counts?.extracted ?? 0}/${counts?.articles ?? 0} extracted, ` +
          `${unfinished.halfWritten} half-written`,
      );
      if (unfinished.halfWritten > 0) throw new Error('an article holds suggestions unmarked');
    }
    await exited(startChild(corpus, project));
    const counts = importCounts(project)!;
    const unfinished = unfinishedArticles(project);
    const same = suggestionsByArticle(project) === suggestionsByArticle(clean);
    console.log(
      `after the last import: ${counts.documents}/${files} documents, ${counts.extracted}/${counts.articles} extracted, ` +
        `${unfinished.noSuggestions} without suggestions, ${unfinished.halfWritten} half-written; ` +
        `suggestions ${same ? 'identical to' : 'DIFFERENT from'} a clean import's`,
    );
    if (counts.documents !== files || unfinished.notExtracted > 0 || !same)
      throw new Error('something was lost or stored twice');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
