// CPU time a file of each stage of the import job, warm, beside a bare baseline of the same run
// (issue 19, point 2): where bench/import-bench.ts times the whole job and its stages once, on
// the first files (JIT still cold), this repeats each stage on the same files and keeps the
// later rounds, in CPU time, so that two checkouts can be compared one after the other on a
// machine busy with other work.
//
//   npx tsx bench/import-stage-cpu.ts [--files 1000] [--rounds 3]
//
// Stages: reading a file (as the import reads it), decoding its bytes, planning the page
// (chrome, repeated paragraphs, segmentation), and the storing thread's work (importPaths with
// the files already prepared, the extraction rules' suggestions included, as the prepare threads
// hand them over: documents, articles, suggestions, audit rows, commits). The rules are timed as
// the prepare threads run them, page by page and a task's pages together.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { decodeBytes } from '../electron/import/decode';
import { listImportFiles } from '../electron/import/sources';
import { activeSchema } from '../electron/database/schema-repository';
import { defaultMaxFileBytes, importPaths } from '../electron/services/import-pipeline';
import { prepareFile, type PreparedFile } from '../electron/services/prepare-file';
import { Project } from '../electron/services/project';
import { rulePlannedArticles, rulePlannedPages } from '../electron/services/rule-planned-articles';
import { planPage } from '../shared/pages/plan-page';
import { detectPageChrome, detectRepeatedParagraphs } from '../shared/text';
import { generateCorpus } from './corpus';
import { parseOptions, wholeNumber } from './options';

const parseArgs = (argv: string[]): { files: number; rounds: number } =>
  // Round 1 warms up and is not counted: at least two rounds.
  parseOptions(
    argv,
    { files: 1000, rounds: 3 },
    { files: wholeNumber(1), rounds: wholeNumber(2) },
    '--files N, --rounds N≥2',
  );

/** Files a prepare thread is sent at once: the import's batch of 64, over two threads. */
const FILES_PER_PREPARE_TASK = 32;

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** CPU µs a file of `work` over `count` files, the fastest of the rounds after the first. */
async function perFile(count: number, rounds: number, work: () => unknown): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = cpuMicros();
    await work();
    if (round > 0) best = Math.min(best, (cpuMicros() - started) / count);
  }
  return best;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-stage-cpu-'));
  try {
    const corpus = generateCorpus({
      dir: path.join(workDir, 'corpus'),
      seedsDir: path.join(repoRoot, 'seeds'),
      files: args.files,
    });
    const { files } = await listImportFiles([corpus.dir]);
    const bytes = files.map((file) => fs.readFileSync(file.path));
    const texts = bytes.map((b) => {
      const decoded = decodeBytes(b);
      if (!decoded.ok) throw new Error(decoded.message);
      return decoded.text;
    });
    const rows: [string, number][] = [];

    rows.push([
      'baseline: read + insert the raw text (one transaction)',
      await perFile(files.length, args.rounds, () => {
        const file = path.join(workDir, 'baseline.sqlite');
        fs.rmSync(file, { force: true });
        const db = new Database(file);
        db.exec('CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT, text TEXT)');
        const insert = db.prepare('INSERT INTO docs (name, text) VALUES (?, ?)');
        db.transaction(() => {
          for (const file of files) insert.run(file.name, fs.readFileSync(file.path, 'utf8'));
        })();
        db.close();
      }),
    ]);
    rows.push([
      'read a file (fs.readFileSync, as the import reads)',
      await perFile(files.length, args.rounds, () => files.forEach((f) => fs.readFileSync(f.path))),
    ]);
    rows.push([
      'read a file with fs.promises.readFile (as the import read until 2026-12-06)',
      await perFile(files.length, args.rounds, async () => {
        for (const file of files) await fs.promises.readFile(file.path);
      }),
    ]);
    rows.push([
      'decode the bytes (detection, checks)',
      await perFile(files.length, args.rounds, () => bytes.forEach((b) => decodeBytes(b))),
    ]);
    rows.push([
      'planPage',
      await perFile(files.length, args.rounds, () => texts.forEach((t) => planPage(t))),
    ]);
    rows.push([
      '  of which detectPageChrome',
      await perFile(files.length, args.rounds, () => texts.forEach((t) => detectPageChrome(t))),
    ]);
    rows.push([
      '  of which detectRepeatedParagraphs',
      await perFile(files.length, args.rounds, () =>
        texts.forEach((t) => detectRepeatedParagraphs(t)),
      ),
    ]);

    const schemaProject = Project.open(path.join(workDir, 'schema.gleaner'));
    const schema = activeSchema(schemaProject.db);
    schemaProject.close();
    const prepared = new Map<string, PreparedFile>();
    for (const file of files)
      prepared.set(file.path, await prepareFile(file, defaultMaxFileBytes, undefined, schema));
    // The rules as a prepare thread runs them: each page alone (as until 2026-12-07), and the
    // pages of a task together (withRuledPages: a batch of 64 files split over two threads).
    const plans = texts.map((text) => ({ text, articles: planPage(text).articles }));
    rows.push([
      'extraction rules, page by page (rulePlannedArticles)',
      await perFile(files.length, args.rounds, () =>
        plans.forEach((page) => rulePlannedArticles(page.text, page.articles, schema)),
      ),
    ]);
    rows.push([
      `extraction rules, ${FILES_PER_PREPARE_TASK} pages together (rulePlannedPages)`,
      await perFile(files.length, args.rounds, () => {
        for (let from = 0; from < plans.length; from += FILES_PER_PREPARE_TASK)
          rulePlannedPages(plans.slice(from, from + FILES_PER_PREPARE_TASK), schema);
      }),
    ]);
    let round = 0;
    let suggestions = 0;
    rows.push([
      'storing thread: importPaths of prepared files, suggestions included',
      await perFile(files.length, args.rounds, async () => {
        const project = Project.open(path.join(workDir, `store-${round++}.gleaner`));
        const report = await importPaths(
          project.db,
          files.map((f) => f.path),
          {
            actor: 'bench',
            extractAsStored: true,
            preparer: (batch) => Promise.resolve(batch.map((f) => prepared.get(f.path)!)),
          },
        );
        suggestions = report.suggestions;
        project.close();
      }),
    ]);

    console.log(
      `${files.length} files (${corpus.gbkFiles} GBK), ${suggestions} suggestions; ` +
        `CPU µs a file, the fastest of rounds 2–${args.rounds}:`,
    );
    console.log('');
    console.log('| stage | CPU µs a file | × baseline |');
    console.log('| --- | ---: | ---: |');
    const baseline = rows[0]![1];
    for (const [stage, micros] of rows)
      console.log(`| ${stage} | ${micros.toFixed(0)} | ${(micros / baseline).toFixed(1)} |`);
    console.log('');
    console.log(
      `- load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
