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
import { exportVerdicts, type MeasuredRun } from './export-verdicts';
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
  /** Peak RSS while the first half of the records was written, and while the second was. */
  firstHalfRssMb: number;
  secondHalfRssMb: number;
}

/**
 * Samples memory on a timer. A timer only fires when the work yields to the event loop (an
 * export does, whenever its file stream asks it to wait), so `sample()` can also be called
 * from inside the work (the export's progress callback) to catch peaks between timer ticks.
 * Peaks are kept apart for the first and the second half of the records: memory that grows
 * with the export peaks higher in the second.
 */
class MemorySampler {
  private readonly startRss = process.memoryUsage.rss();
  private peakRss = this.startRss;
  private readonly halfPeaks = [this.startRss, 0];
  private secondHalf = false;
  private peakHeap = process.memoryUsage().heapUsed;
  private readonly timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);

  constructor(private readonly total: number) {}

  sample(done?: number): void {
    if (done !== undefined && done * 2 > this.total) this.secondHalf = true;
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > this.peakRss) this.peakRss = rss;
    const half = this.secondHalf ? 1 : 0;
    if (rss > this.halfPeaks[half]!) this.halfPeaks[half] = rss;
    if (heapUsed > this.peakHeap) this.peakHeap = heapUsed;
  }

  stop(): MemoryPeak {
    clearInterval(this.timer);
    this.sample();
    return {
      rssGrowthMb: (this.peakRss - this.startRss) / MB,
      heapPeakMb: this.peakHeap / MB,
      firstHalfRssMb: this.halfPeaks[0]! / MB,
      secondHalfRssMb: this.halfPeaks[1]! / MB,
    };
  }
}

/** CPU seconds of the whole process since `start` (every thread: zlib's and libuv's too). */
function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * CPU seconds of the main thread alone (Linux: /proc/self/task/<pid>/stat, in clock ticks of
 * 10 ms), or NaN where that cannot be read. On an idle machine the wall time cannot be shorter
 * than this, nor than the whole process's CPU over the cores: with the XLSX rows made on a
 * thread of their own, the two show how much the second core takes off.
 */
function mainThreadCpuSeconds(): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Frees what earlier runs left behind when node was started with --expose-gc (optional). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

interface Measurement extends MemoryPeak, MeasuredRun {
  bytes: number;
  mainThreadCpuSeconds: number;
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
async function runBaseline(db: ProjectDatabase, out: string, total: number): Promise<Measurement> {
  collectGarbage();
  const sampler = new MemorySampler(total);
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuSeconds();
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
    if (articles % 100 === 0) sampler.sample(articles);
  }
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    label: 'baseline (one SELECT → JSON lines)',
    articles,
    seconds,
    cpuSeconds: cpuSecondsSince(cpu),
    mainThreadCpuSeconds: mainThreadCpuSeconds() - mainCpu,
    bytes: fs.statSync(out).size,
    ...sampler.stop(),
  };
}

async function runFormat(
  db: ProjectDatabase,
  format: FileFormat,
  out: string,
  total: number,
): Promise<Measurement> {
  collectGarbage();
  const sampler = new MemorySampler(total);
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuSeconds();
  const started = performance.now();
  const result = await exportToFile(db, format, {
    out,
    actor: 'bench',
    onProgress: (progress) => sampler.sample(progress.done),
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    label: format,
    articles: result.articles,
    seconds,
    cpuSeconds: cpuSecondsSince(cpu),
    mainThreadCpuSeconds: mainThreadCpuSeconds() - mainCpu,
    bytes: fs.statSync(result.path).size,
    ...sampler.stop(),
  };
}

const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function table(baseline: Measurement, rows: Measurement[]): string {
  const lines = [
    '| format | articles | seconds | CPU s | main thread CPU s | articles/s | file MB | peak RSS growth MB | peak heap MB | × baseline time | × baseline CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of [baseline, ...rows]) {
    lines.push(
      `| ${row.label} | ${row.articles} | ${fixed(row.seconds, 2)} | ${fixed(row.cpuSeconds, 2)} | ` +
        `${fixed(row.mainThreadCpuSeconds, 2)} | ` +
        `${fixed(row.articles / row.seconds, 0)} | ${fixed(row.bytes / MB)} | ` +
        `${fixed(row.rssGrowthMb)} | ${fixed(row.heapPeakMb)} | ` +
        `${fixed(row.seconds / baseline.seconds, 2)} | ${fixed(row.cpuSeconds / baseline.cpuSeconds, 2)} |`,
    );
  }
  return lines.join('\n');
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((load) => fixed(load, 2))
    .join(' ');

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

    console.log(
      `Load average (1, 5, 15 min) at the start: ${loadAverage()}, ${os.cpus().length} CPUs`,
    );
    const baselineOut = path.join(workDir, 'baseline.jsonl');
    const baseline = await runBaseline(db, baselineOut, args.articles);
    if (!args.keep) fs.rmSync(baselineOut, { force: true });
    console.log(
      `- baseline: ${fixed(baseline.seconds, 1)} s, ${fixed(baseline.cpuSeconds, 1)} s CPU`,
    );
    const measured: Measurement[] = [];
    for (const format of args.formats) {
      const out = path.join(workDir, `export.${format}`);
      measured.push(await runFormat(db, format, out, args.articles));
      const last = measured.at(-1)!;
      console.log(
        `- ${format}: ${fixed(last.seconds, 1)} s, ${fixed(last.cpuSeconds, 1)} s CPU ` +
          `(${fixed(last.mainThreadCpuSeconds, 1)} s of it on the main thread)`,
      );
      // The next format needs the disk space more than this file (a million articles' JSONL is
      // some 16 GB).
      if (!args.keep) fs.rmSync(out, { force: true });
    }
    console.log(`Load average at the end: ${loadAverage()}`);

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
    console.log(
      '- CPU s: user + system CPU of the whole process during that run (zlib compresses on ' +
        'threads of its own: counted), a fairer figure than wall time on a shared machine; main ' +
        'thread CPU s: that of the thread that reads the records (what an idle machine could ' +
        'not do faster)',
    );
    console.log('');
    console.log('Issue 19 point 4:');
    for (const line of exportVerdicts(baseline, measured)) console.log(line);
  } finally {
    project?.close();
    if (args.keep) console.log(`Kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
