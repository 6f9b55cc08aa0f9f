// Stress: `gleaner import` killed with SIGKILL at random moments, again and again, each run
// resuming the last. After every kill the file must be sound (integrity check, no article with
// suggestions it is not marked for); at the end every article must be extracted with its
// suggestions and `gleaner check` must find nothing. The short version runs in the unit tests
// (electron/cli/import-command.test.ts).
//
//   npm run stress:import-kill [-- --kills 20 --files 1500]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import {
  exited,
  importCounts,
  runGleaner,
  startImport,
  unfinishedArticles,
  writeCorpus,
} from '../electron/test-support/interrupted-import';
import { numberOption } from './options';

/** Which phase the counts say the import was in when it was killed. */
function phaseOf(files: number, counts: ReturnType<typeof importCounts>): string {
  if (!counts || counts.documents < files) return 'import';
  if (counts.extracted < counts.articles) return 'extract (or the start-up before it)';
  return 'index or done';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { kills: { type: 'string' }, files: { type: 'string' } },
  });
  const kills = numberOption(values.kills, 20, 'kills');
  const files = numberOption(values.files, 1500, 'files');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-kill-stress-'));
  const corpus = path.join(dir, 'corpus');
  const project = path.join(dir, 'p.gleaner');
  writeCorpus(corpus, files);
  try {
    // One uninterrupted run on a scratch file sets how long a kill may wait.
    const started = Date.now();
    runGleaner('import', corpus, '--project', path.join(dir, 'scratch.gleaner'));
    const fullRun = Date.now() - started;
    console.log(`${files} pages; one whole import takes ${(fullRun / 1000).toFixed(1)} s`);

    const landed = new Map<string, number>();
    for (let k = 1; k <= kills; k++) {
      const child = startImport(corpus, project);
      await new Promise((r) => setTimeout(r, Math.random() * fullRun));
      const phase = phaseOf(files, importCounts(project));
      child.kill('SIGKILL');
      await exited(child);
      landed.set(phase, (landed.get(phase) ?? 0) + 1);
      const counts = importCounts(project);
      if (!counts) {
        console.log(`kill ${k}: before the project had its tables`);
        continue;
      }
      const db = new Database(project, { readonly: true });
      const integrity = db.pragma('integrity_check', { simple: true });
      db.close();
      const { halfWritten } = unfinishedArticles(project);
      console.log(
        `kill ${k} (${phase}): ${counts.documents} documents, ${counts.extracted}/${counts.articles} extracted`,
      );
      if (integrity !== 'ok' || halfWritten > 0)
        throw new Error(`after kill ${k}: integrity ${integrity}, ${halfWritten} half-written`);
    }

    const last = runGleaner('import', corpus, '--project', project);
    if (last.code !== 0) throw new Error(`the last import failed: ${last.stderr}`);
    const counts = importCounts(project)!;
    const unfinished = unfinishedArticles(project);
    const check = runGleaner('check', '--project', project);
    console.log(`kills landed: ${[...landed].map(([phase, n]) => `${n} in ${phase}`).join(', ')}`);
    console.log(
      `after the last import: ${counts.documents}/${files} documents, ${counts.extracted}/${counts.articles} extracted, ${unfinished.noSuggestions} without suggestions; check: ${check.code === 0 ? 'no problems' : check.stdout}`,
    );
    if (
      counts.documents !== files ||
      unfinished.notExtracted + unfinished.noSuggestions + unfinished.halfWritten > 0 ||
      check.code !== 0
    )
      throw new Error('the project was not completed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
