// Export benchmark: how long exporting a big project takes, and how much memory it needs, next
// to the least any export could cost (one SELECT written out as JSON lines).
//
//   npx tsx bench/export-bench.ts [--articles 100000] [--formats jsonl,csv] [--keep]
//
// --formats takes any of jsonl, csv, csv-long, xlsx, parquet. The project is a copy of a scale
// project (bench/scale-project.ts, built once and cached) with every article approved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isFileFormat, exportToFile, type FileFormat } from '../electron/export/export-formats';
import type { ProjectDatabase } from '../electron/database/open-project';
import { Project } from '../electron/services/project';
import { countOf } from './replicate-project';
import { copyOfScaleProject } from './scale-project';

const DEFAULT_ARTICLES = 100_000;
const DEFAULT_FORMATS: FileFormat[] = ['jsonl', 'csv'];
const SAMPLE_EVERY_MS = 100;
const MB = 1024 * 1024;

interface Args {
  articles: number;
  formats: FileFormat[];
  keep: boolean;
}

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw?.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${flag} needs a positive whole number`);
  return value;
}

function formatList(raw: string | undefined): FileFormat[] {
  const names = (raw ?? '').split(',').filter((name) => name !== '');
  if (names.length === 0) throw new Error('--formats needs a list such as jsonl,csv');
  return names.map((name) => {
    if (!isFileFormat(name))
      throw new Error(`Unknown format ${name} (use jsonl, csv, csv-long, xlsx, parquet)`);
    return name;
  });
}

function parseArgs(argv: string[]): Args {
  const args: Args = { articles: DEFAULT_ARTICLES, formats: DEFAULT_FORMATS, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') args.keep = true;
    else if (arg === '--articles') args.articles = positiveInteger(arg, argv[++i]);
    else if (arg === '--formats') args.formats = formatList(argv[++i]);
    else throw new Error(`Unknown argument ${arg} (use --articles N, --formats a,b, --keep)`);
  }
  return args;
}

/** Peak RSS (above the RSS when sampling started) and peak heap over a stretch of work. */
interface MemoryPeak {
  rssGrowthMb: number;
  heapPeakMb: number;
}

/**
 * Samples memory on a timer. A timer only fires when the work yields to the event loop (an
 * export does, whenever its file stream asks it to wait), so `sample()` can also be called
 * from inside the work (the export's progress callback) to catch peaks between timer ticks.
 */
class MemorySampler {
  private readonly startRss = process.memoryUsage.rss();
  private peakRss = this.startRss;
  private peakHeap = process.memoryUsage().heapUsed;
  private readonly timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > this.peakRss) this.peakRss = rss;
    if (heapUsed > this.peakHeap) this.peakHeap = heapUsed;
  }

  stop(): MemoryPeak {
    clearInterval(this.timer);
    this.sample();
    return {
      rssGrowthMb: (this.peakRss - this.startRss) / MB,
      heapPeakMb: this.peakHeap / MB,
    };
  }
}

/** Frees what earlier runs left behind when node was started with --expose-gc (optional). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

interface Measurement extends MemoryPeak {
  label: string;
  articles: number;
  seconds: number;
  bytes: number;
}

interface BaselineRow {
  id: number;
  status: string;
  title: string | null;
  documentId: number;
  documentName: string;
  sha256: string;
  encoding: string;
  segments: string;
  text: string | null;
  fields: string;
}

/**
 * The floor: one SELECT over the approved articles in the export's order, with their document,
 * ranges, text (SQLite's substr counts code points, as our offsets do), values and spans
 * gathered by SQLite's JSON functions, written one line per article to a stream that is left to
 * drain when it asks. No schema ordering, no span verification, no UTF-16 offsets.
 */
async function runBaseline(db: ProjectDatabase, out: string): Promise<Measurement> {
  collectGarbage();
  const sampler = new MemorySampler();
  const started = performance.now();
  const rows = db.prepare(`
    SELECT a.id, a.status, a.title, d.id AS documentId, d.name AS documentName, d.sha256, d.encoding,
      (SELECT json_group_array(json_object('start', r.start, 'end', r.end))
         FROM article_ranges r WHERE r.article_id = a.id) AS segments,
      (SELECT group_concat(substr(d.text, r.start + 1, r.end - r.start), char(10, 10))
         FROM article_ranges r WHERE r.article_id = a.id) AS text,
      (SELECT json_group_array(json_object(
                'field', v.field_key, 'value', json(v.value), 'raw', v.raw, 'origin', v.origin,
                'confidence', v.confidence, 'state', v.state,
                'spans', (SELECT json_group_array(json_object('start', s.start, 'end', s.end,
                                                              'text', s.text))
                          FROM value_spans s WHERE s.value_id = v.id)))
         FROM field_values v WHERE v.article_id = a.id AND v.state <> 'rejected') AS fields
    FROM articles a JOIN documents d ON d.id = a.document_id
    WHERE a.status = 'approved'
    ORDER BY d.name, a.document_id, a.ordinal, a.id`);
  const stream = fs.createWriteStream(out);
  let articles = 0;
  for (const row of rows.iterate() as Iterable<BaselineRow>) {
    const head = JSON.stringify({
      id: row.id,
      document: { id: row.documentId, name: row.documentName, sha256: row.sha256 },
      encoding: row.encoding,
      status: row.status,
      title: row.title,
      text: row.text ?? '',
    });
    // The aggregated columns are JSON already: splice them in rather than parse and re-encode.
    const line = `${head.slice(0, -1)},"segments":${row.segments},"fields":${row.fields}}\n`;
    if (!stream.write(line))
      await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    articles++;
    if (articles % 100 === 0) sampler.sample();
  }
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    label: 'baseline (one SELECT → JSON lines)',
    articles,
    seconds,
    bytes: fs.statSync(out).size,
    ...sampler.stop(),
  };
}

async function runFormat(
  db: ProjectDatabase,
  format: FileFormat,
  out: string,
): Promise<Measurement> {
  collectGarbage();
  const sampler = new MemorySampler();
  const started = performance.now();
  const result = await exportToFile(db, format, {
    out,
    actor: 'bench',
    onProgress: () => sampler.sample(),
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    label: format,
    articles: result.articles,
    seconds,
    bytes: fs.statSync(result.path).size,
    ...sampler.stop(),
  };
}

const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function table(baseline: Measurement, rows: Measurement[]): string {
  const lines = [
    '| format | articles | seconds | articles/s | file MB | peak RSS growth MB | peak heap MB | × baseline time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of [baseline, ...rows]) {
    lines.push(
      `| ${row.label} | ${row.articles} | ${fixed(row.seconds, 2)} | ${fixed(row.articles / row.seconds, 0)} | ` +
        `${fixed(row.bytes / MB)} | ${fixed(row.rssGrowthMb)} | ${fixed(row.heapPeakMb)} | ` +
        `${fixed(row.seconds / baseline.seconds, 1)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-export-bench-'));
  let project: Project | null = null;
  try {
    const built = performance.now();
    project = Project.open(copyOfScaleProject(args.articles, workDir), { actor: 'bench' });
    const db = project.db;
    // Exports take approved articles.
    db.prepare(`UPDATE articles SET status = 'approved'`).run();
    const values = countOf(db, 'SELECT count(*) AS n FROM field_values');
    const spans = countOf(db, 'SELECT count(*) AS n FROM value_spans');
    const documents = countOf(db, 'SELECT count(*) AS n FROM documents');
    console.log(
      `Project: ${args.articles} approved articles in ${documents} documents, ${values} values, ` +
        `${spans} spans, built in ${fixed((performance.now() - built) / 1000, 1)} s ` +
        `(${fixed(fs.statSync(project.filePath).size / MB, 0)} MB before the WAL is folded in)`,
    );

    const baseline = await runBaseline(db, path.join(workDir, 'baseline.jsonl'));
    const measured: Measurement[] = [];
    for (const format of args.formats) {
      measured.push(await runFormat(db, format, path.join(workDir, `export.${format}`)));
      const last = measured.at(-1)!;
      console.log(`- ${format}: ${fixed(last.seconds, 1)} s`);
    }

    console.log('');
    console.log(table(baseline, measured));
    console.log('');
    console.log(
      `- peak RSS growth: highest RSS sampled (every ${SAMPLE_EVERY_MS} ms and every 100 ` +
        'articles) minus RSS at the start of that run; peak heap is absolute heapUsed',
    );
    console.log(
      `- peak RSS of this process over everything: ${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB`,
    );
  } finally {
    project?.close();
    if (args.keep) console.log(`Kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
