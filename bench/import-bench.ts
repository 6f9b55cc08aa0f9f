// Import benchmark (issue 3, point 9; issue 19, point 2): how long the real import of a big
// folder takes until every article has its suggestions (decode, chrome marking, segmentation,
// storage and extraction), next to the least any import could cost (read the files, put their
// text in SQLite), measured in the same run. Search indexing follows as its own phase, with its
// own figure, outside the verdict.
//
//   npx tsx bench/import-bench.ts [--files 10000] [--keep] [--stages 300]
//
// --stages N (default 300, 0 for none) also times, in this thread, each stage of the import and
// of extraction on the first N files and prints each stage's share, to show where the time goes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { listImportFiles } from '../electron/import/sources';
import { isDecodedFile, readAndDecodeFile } from '../electron/import/validate';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { activeSchema } from '../electron/database/schema-repository';
import {
  ARTICLES_PER_BATCH,
  articleIdsOfDocuments,
  extractArticles,
} from '../electron/services/extract-articles';
import { defaultMaxFileBytes } from '../electron/services/import-pipeline';
import { Project } from '../electron/services/project';
import { storeDocument } from '../electron/services/store-document';
import { extractAndJudgeArticles } from '../shared/extraction';
import { planPage, type PagePlan } from '../shared/pages/plan-page';
import { segmentPage } from '../shared/segmentation';
import { detectPageChrome, detectRepeatedParagraphs } from '../shared/text';
import { CodePointIndex, type CodePointRange } from '../shared/text/codepoints';
import { generateCorpus, seedsSurviveGbk } from './corpus';

/** Import and extraction together, for 10,000 files, on 2 cores (issue 19, point 2). */
const TARGET_SECONDS = 15;
/** Import and extraction together against the bare baseline of the same run. */
const TARGET_RATIO = 6;
const TARGET_FILES = 10_000;

interface Args {
  files: number;
  keep: boolean;
  /** How many files to time stage by stage (0: none). */
  stages: number;
}

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${flag} needs a positive whole number`);
  return value;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: TARGET_FILES, keep: false, stages: 300 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') args.keep = true;
    else if (arg === '--files') args.files = positiveInteger(arg, argv[++i]);
    else if (arg === '--stages')
      args.stages = argv[i + 1] === '0' ? (i++, 0) : positiveInteger(arg, argv[++i]);
    else throw new Error(`Unknown argument ${arg} (use --files N, --keep, --stages N)`);
  }
  return args;
}

interface Measurement {
  label: string;
  files: number;
  articles: number | null;
  seconds: number;
  /** CPU time of this process, every thread, over the same span (a shared machine's fair figure). */
  cpuSeconds: number;
}

/** CPU seconds this process has used so far, all its threads (the import worker and its pool). */
function cpuSecondsNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function listTextFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * The floor: list, read, decode as UTF-8 with no detection (GBK files come out as mojibake,
 * which costs the same), and insert every text in one transaction. No import can be cheaper.
 */
function runBaseline(corpusDir: string, dbPath: string): Measurement {
  const started = performance.now();
  const cpuStarted = cpuSecondsNow();
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE raw (id INTEGER PRIMARY KEY, name TEXT, text TEXT)');
  const insert = db.prepare('INSERT INTO raw (name, text) VALUES (?, ?)');
  const files = listTextFiles(corpusDir);
  db.transaction(() => {
    for (const file of files)
      insert.run(path.basename(file), fs.readFileSync(file).toString('utf8'));
  })();
  const stored = (db.prepare('SELECT count(*) AS n FROM raw').get() as { n: number }).n;
  db.close();
  return {
    label: 'baseline (read + insert raw text)',
    files: stored,
    articles: null,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSecondsNow() - cpuStarted,
  };
}

/** The app's own path: a worker thread started by the JobRunner, timed until its job ends. */
async function runImport(
  corpusDir: string,
  projectPath: string,
): Promise<
  Measurement & {
    duplicates: number;
    skipped: number;
    extraction: Measurement;
    indexing: Measurement;
  }
> {
  // A fresh project, created as the app creates one, before the clock starts.
  Project.open(projectPath).close();
  const runner = new JobRunner(sourceWorkerLauncher);
  const started = performance.now();
  const cpuStarted = cpuSecondsNow();
  const job = runner.startImport({ projectPath, paths: [corpusDir], actor: 'bench' });
  // The job imports (extracting each page as it stores it), then extracts what is left (table
  // rows, articles an earlier import left): note when the later phases begin.
  let extractionStarted: [number, number] | null = null;
  let indexStarted: [number, number] | null = null;
  const done = runner.wait(job.id);
  let finishedState: Awaited<typeof done> | null = null;
  void done.then((state) => (finishedState = state));
  while (!finishedState) {
    const phase = runner.get(job.id)?.progress.phase;
    if (extractionStarted === null && phase === 'extract')
      extractionStarted = [performance.now(), cpuSecondsNow()];
    if (indexStarted === null && phase === 'index')
      indexStarted = [performance.now(), cpuSecondsNow()];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const finished = await done;
  const endedAt: [number, number] = [performance.now(), cpuSecondsNow()];
  const [ended, cpuEnded] = endedAt;
  const [importEnded, cpuImportEnded] = extractionStarted ?? indexStarted ?? endedAt;
  const [extractionEnded, cpuExtractionEnded] = indexStarted ?? endedAt;
  const seconds = (importEnded - started) / 1000;
  if (finished.status !== 'done' || !finished.report)
    throw new Error(`The import ended ${finished.status}: ${finished.error ?? 'no report'}`);
  const report = finished.report;
  return {
    label:
      'import: decode, chrome, segmentation, extraction rules (prepare threads) + storing pages and suggestions (JobRunner worker)',
    files: report.imported.length,
    articles: report.articles,
    seconds,
    cpuSeconds: cpuImportEnded - cpuStarted,
    duplicates: report.duplicates.length,
    skipped: report.skipped.length,
    extraction: {
      label: 'extraction of the articles not extracted as stored (same worker, second phase)',
      files: report.imported.length,
      articles: report.articles,
      seconds: (extractionEnded - importEnded) / 1000,
      cpuSeconds: cpuExtractionEnded - cpuImportEnded,
    },
    indexing: {
      label: 'search indexing of the new text (same worker, third phase)',
      files: report.imported.length,
      articles: report.articles,
      seconds: (ended - extractionEnded) / 1000,
      cpuSeconds: cpuEnded - cpuExtractionEnded,
    },
  };
}

/**
 * The pipeline of importPaths and of extraction taken apart, stage by stage, on its first `limit`
 * files, into a project of its own. storeDocument is given the plan already made, so its time is
 * the database's alone (64 files to a transaction, as the import job commits); the extraction
 * rules are timed alone on every stored article, then extractArticles (rules and storing the
 * suggestions) on the same articles, so storing the suggestions is the difference.
 */
/**
 * CPU milliseconds of this process: the stage table is timed in CPU, not wall time, so that a
 * machine busy with other work does not move it (the job and its threads have finished by then).
 */
function stageClock(): number {
  return cpuSecondsNow() * 1000;
}

async function timeStages(corpusDir: string, projectPath: string, limit: number): Promise<string> {
  const totals = new Map<string, number>();
  const counts = new Map<string, number>();
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = stageClock();
    const result = await work();
    totals.set(stage, (totals.get(stage) ?? 0) + stageClock() - started);
    return result;
  };
  const project = Project.open(projectPath);
  const listed = await timed('list files (all of the corpus)', () => listImportFiles([corpusDir]));
  const files = listed.files.slice(0, limit);
  const documentIds: number[] = [];
  // Stored as the import job stores: a transaction per batch of files, each file a savepoint in
  // it (a commit per file would time the commits, not the statements); the commit counts too.
  const storeBatch = 64;
  for (const [i, file] of files.entries()) {
    if (i % storeBatch === 0) project.db.exec('BEGIN');
    const readStarted = stageClock();
    const decoded = await readAndDecodeFile(file, { maxBytes: defaultMaxFileBytes });
    if (!isDecodedFile(decoded)) throw new Error(decoded.message);
    // Per encoding: detection only runs for files that are not valid UTF-8.
    const stage = `read + decode (${decoded.encoding} files)`;
    totals.set(stage, (totals.get(stage) ?? 0) + stageClock() - readStarted);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
    const text = decoded.text;
    // planPage's parts (not counted in the shares: planPage repeats them).
    const chrome = await timed('  planPage: detectPageChrome', () => detectPageChrome(text));
    await timed('  planPage: detectRepeatedParagraphs', () => detectRepeatedParagraphs(text));
    await timed('  planPage: segmentPage', () => segmentPage(text, { chrome }));
    const plan: PagePlan = await timed('planPage (chrome, repeats, segmentation)', () =>
      planPage(text),
    );
    const stored = await timed('storeDocument (plan given)', () =>
      storeDocument(
        project.db,
        {
          name: file.name,
          sourcePath: file.path,
          kind: file.kind,
          text,
          encoding: decoded.encoding,
          encodingConfidence: decoded.confidence,
          bom: decoded.bom,
          original: decoded.encoding !== 'utf-8' ? decoded.bytes : null,
        },
        { actor: 'bench', planner: () => plan },
      ),
    );
    if (stored.status === 'imported') documentIds.push(stored.documentId);
    if (i % storeBatch === storeBatch - 1 || i === files.length - 1)
      await timed('storeDocument (plan given)', () => project.db.exec('COMMIT'));
  }

  // The extraction rules alone, as extractArticles calls them, on every article stored above.
  const articleIds = articleIdsOfDocuments(project.db, documentIds);
  const schema = activeSchema(project.db);
  const sources = articleSources(project, articleIds);
  // Untimed first calls: the word segmenter loads and the rules compile on the first articles,
  // which would otherwise count against whichever of the two runs below goes first.
  extractAndJudgeArticles(sources.slice(0, 20).map((source) => ({ ...source, schema })));
  // Rules alone, then rules + storing, then rules alone again; the faster of the two rules runs
  // counts, so that warming up or a burst of load elsewhere is not read as storing costing nothing.
  const rulesRun = (): number => {
    const started = stageClock();
    // A batch at a time, its articles handed over together, as extractArticles does.
    for (let from = 0; from < sources.length; from += ARTICLES_PER_BATCH)
      extractAndJudgeArticles(
        sources.slice(from, from + ARTICLES_PER_BATCH).map((source) => ({ ...source, schema })),
      );
    return stageClock() - started;
  };
  const firstRules = rulesRun();
  await timed('extractArticles (rules + storing suggestions)', () =>
    extractArticles(project.db, articleIds, { actor: 'bench', schema }),
  );
  totals.set('extraction rules alone (extractAndJudgeArticles)', Math.min(firstRules, rulesRun()));
  project.close();

  const rules = totals.get('extraction rules alone (extractAndJudgeArticles)') ?? 0;
  const extraction = totals.get('extractArticles (rules + storing suggestions)') ?? 0;
  totals.delete('extractArticles (rules + storing suggestions)');
  totals.set('storing suggestions (extractArticles − rules)', Math.max(0, extraction - rules));
  // Each stage's time projected to the 10,000 files (listing covers the whole corpus already, the
  // other stages the first files, a per-encoding stage its encoding's share of them).
  const projectedSeconds = (stage: string, ms: number): number => {
    if (stage.startsWith('list')) return (ms * TARGET_FILES) / listed.files.length / 1000;
    return (ms * TARGET_FILES) / files.length / 1000;
  };
  // Shares of the work of import and extraction, each stage counted once.
  const counted = [...totals].filter(([stage]) => !stage.startsWith('  '));
  const whole = counted.reduce((sum, [stage, ms]) => sum + projectedSeconds(stage, ms), 0);
  const rulesSeconds = projectedSeconds('rules', rules);

  const lines = [
    `Stage CPU times (this process; only this thread is at work), over ${files.length} files, ${articleIds.length} articles (listing: all ${listed.files.length}):`,
    '',
    '| stage | files | CPU ms | CPU µs per file | share | projected to 10,000 files, CPU s (one thread) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [stage, ms] of totals) {
    const stageFiles = stage.startsWith('list')
      ? listed.files.length
      : (counts.get(stage) ?? files.length);
    const perFileMs = ms / stageFiles;
    const projected = projectedSeconds(stage, ms);
    const ofWhole = stage.startsWith('  ') ? '' : `${fixed((100 * projected) / whole, 0)}%`;
    lines.push(
      `| ${stage} | ${stageFiles} | ${fixed(ms, 0)} | ${fixed(perFileMs * 1000, 0)} | ${ofWhole} | ${fixed(projected, 1)} |`,
    );
  }
  lines.push(
    '',
    `- the extraction rules (shared/extraction) are ${fixed((100 * rulesSeconds) / whole, 0)}% of this work; ` +
      `everything else (listing, decode, chrome, segmentation, storage) ${fixed((100 * (whole - rulesSeconds)) / whole, 0)}%`,
  );
  return lines.join('\n');
}

/** What extractArticles hands the rules for each article (its text, ranges, title, kicker). */
function articleSources(
  project: Project,
  articleIds: readonly number[],
): {
  documentText: CodePointIndex;
  ranges: CodePointRange[];
  title: string | null;
  kicker: string | null;
}[] {
  const articleOf = project.db.prepare(
    'SELECT document_id AS documentId, title, kicker FROM articles WHERE id = ?',
  );
  const rangesOf = project.db.prepare(
    'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
  );
  const textOf = project.db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const indexes = new Map<number, CodePointIndex>();
  return articleIds.map((id) => {
    const article = articleOf.get(id) as {
      documentId: number;
      title: string | null;
      kicker: string | null;
    };
    let index = indexes.get(article.documentId);
    if (!index) {
      index = new CodePointIndex(textOf.get(article.documentId) as string);
      indexes.set(article.documentId, index);
    }
    return {
      documentText: index,
      ranges: rangesOf.all(id) as CodePointRange[],
      title: article.title,
      kicker: article.kicker,
    };
  });
}

const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function table(rows: Measurement[]): string {
  const lines = [
    '| run | files | articles | seconds | × baseline | CPU s (all threads) | CPU × baseline | articles/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const [baseline] = rows;
  for (const row of rows) {
    const articles = row.articles === null ? '–' : String(row.articles);
    const perSecond = row.articles === null ? '–' : fixed(row.articles / row.seconds, 0);
    lines.push(
      `| ${row.label} | ${row.files} | ${articles} | ${fixed(row.seconds, 2)} | ${fixed(row.seconds / baseline!.seconds, 1)} | ` +
        `${fixed(row.cpuSeconds, 2)} | ${fixed(row.cpuSeconds / baseline!.cpuSeconds, 1)} | ${perSecond} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const seedsDir = path.join(repoRoot, 'seeds');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-import-bench-'));
  try {
    if (!seedsSurviveGbk(seedsDir))
      console.warn('warning: some seed characters have no GBK form; GBK files lose them');
    const corpusDir = path.join(workDir, 'corpus');
    const generated = performance.now();
    const corpus = generateCorpus({ dir: corpusDir, seedsDir, files: args.files });
    console.log(
      `Corpus: ${corpus.paths.length} files, ${fixed(corpus.bytes / 1024 / 1024, 1)} MB ` +
        `(${corpus.gbkFiles} GBK, ${corpus.crlfFiles} CRLF) in ${corpus.dir}, ` +
        `written in ${fixed((performance.now() - generated) / 1000, 1)} s`,
    );

    const baseline = runBaseline(corpusDir, path.join(workDir, 'baseline.sqlite'));
    const imported = await runImport(corpusDir, path.join(workDir, 'bench.gleaner'));
    const untilSuggestions = imported.seconds + imported.extraction.seconds;
    const ratio = untilSuggestions / baseline.seconds;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const together: Measurement = {
      label: '**import + extraction (the verdict)**',
      files: imported.files,
      articles: imported.articles,
      seconds: untilSuggestions,
      cpuSeconds: imported.cpuSeconds + imported.extraction.cpuSeconds,
    };

    console.log('');
    console.log(table([baseline, imported, imported.extraction, together, imported.indexing]));
    console.log('');
    const share = (seconds: number): string => `${fixed((100 * seconds) / untilSuggestions, 0)}%`;
    console.log(
      `- until every article has its suggestions: ${fixed(untilSuggestions, 1)} s = ` +
        `${fixed(ratio, 1)}× the baseline (${fixed(baseline.seconds, 2)} s, same run); ` +
        `import with the pages' extraction ${share(imported.seconds)}, ` +
        `extraction of what was left after it ${share(imported.extraction.seconds)}; ` +
        `${fixed((imported.articles ?? 0) / untilSuggestions, 0)} articles/s`,
    );
    const cpuTogether = imported.cpuSeconds + imported.extraction.cpuSeconds;
    console.log(
      `- CPU time of the same (every thread of this process): ${fixed(cpuTogether, 1)} s = ` +
        `${fixed(cpuTogether / baseline.cpuSeconds, 1)}× the baseline's ${fixed(baseline.cpuSeconds, 2)} s; ` +
        `wall time ÷ CPU time ${fixed(untilSuggestions / cpuTogether, 2)} (0.5 would be both cores busy throughout, ` +
        'above 1 means the process waited for a core the machine gave to other work)',
    );
    console.log(
      `- search indexing, after: ${fixed(imported.indexing.seconds, 1)} s ` +
        `(${fixed(imported.indexing.seconds / baseline.seconds, 1)}× the baseline; articles are found ` +
        `on their live text meanwhile); the whole job: ${fixed(untilSuggestions + imported.indexing.seconds, 1)} s`,
    );
    console.log(
      `- import: ${imported.duplicates} duplicates, ${imported.skipped} skipped ` +
        `(expected 0 and 0: every file differs and is readable)`,
    );
    console.log(
      `- peak RSS of this process: ${fixed(maxRssMb, 0)} MB (the import worker is a thread of it, so this includes it)`,
    );
    console.log(
      `- ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((n) => fixed(n, 1))
        .join(' ')} ` +
        '(the machine may be shared: the baseline beside the figures is what to compare with)',
    );
    const scaledNote =
      args.files === TARGET_FILES ? '' : ` (this run has ${args.files} files: scaled to them)`;
    const meetsTime = untilSuggestions < (TARGET_SECONDS * args.files) / TARGET_FILES;
    const meetsRatio = ratio <= TARGET_RATIO;
    console.log(
      `- targets for import + extraction: ${TARGET_FILES} files under ${TARGET_SECONDS} s${scaledNote}: ` +
        `${meetsTime ? 'met' : 'NOT met'}; within ${TARGET_RATIO}× of the baseline: ` +
        `${meetsRatio ? 'met' : `NOT met (${fixed(ratio / TARGET_RATIO, 1)}× too slow)`}`,
    );
    if (args.stages > 0) {
      console.log('');
      console.log(await timeStages(corpusDir, path.join(workDir, 'stages.gleaner'), args.stages));
    }
  } finally {
    if (args.keep) console.log(`Kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
