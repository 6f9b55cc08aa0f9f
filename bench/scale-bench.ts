// A project at 10k / 100k / 1M articles (issue 19, points 3 and 7): what a window waits for,
// through the server's own handlers (ProjectHost → dispatch → services), each beside the bare
// SQLite query that does the same work on its own connection to the same file, in the same run.
//
//   npx tsx bench/scale-bench.ts [--sizes 10000,100000,1000000] [--samples 40]
//
// Projects come from bench/scale-project.ts (built once, cached under $TMPDIR/gleaner-scale).
// Search is measured by bench/search-bench.ts: the scale projects' copies are not search-indexed,
// but a search-indexed project kept by `search-bench.ts --copy-index --keep` can be measured here
// by putting it in the cache folder as articles-N.gleaner.
// Memory is this process's peak RSS: it is the server (the handlers run in it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { dispatch } from '../shared/contract/dispatch';
import { ProjectHost } from '../electron/api/project-host';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { scaleProject } from './scale-project';

interface Args {
  sizes: number[];
  samples: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [10_000, 100_000, 1_000_000], samples: 40 };
  const positive = (flag: string, raw: string | undefined) => {
    const value = Number(raw?.replaceAll('_', ''));
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${flag} needs positive whole numbers`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes')
      args.sizes = (argv[++i] ?? '').split(',').map((raw) => positive(arg, raw));
    else if (arg === '--samples') args.samples = positive(arg, argv[++i]);
    else throw new Error(`Unknown argument ${arg} (use --sizes a,b,c, --samples N)`);
  }
  return args;
}

const caller = { client: 'window:bench' };

/** Milliseconds of one call. */
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** A deterministic spread of picks, so runs compare. */
function* spread(count: number, range: number): Generator<number> {
  for (let i = 0; i < count; i++) yield Math.floor(((i * 0.618_033_988_75) % 1) * range);
}

/**
 * Drops a file's pages from the OS cache (posix_fadvise DONTNEED, through dd), so the next open
 * reads it from the disk as after a reboot. Other files' cached pages stay.
 */
function dropFromOsCache(file: string): void {
  for (const part of [file, `${file}-wal`])
    if (fs.existsSync(part))
      execFileSync('dd', [`if=${part}`, 'iflag=nocache', 'count=0', 'status=none']);
}

/** Whether every article is in the search index (search-bench --copy-index projects are). */
function searchIndexed(file: string, articles: number): boolean {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM article_search_docsize').pluck().get() === articles;
  } finally {
    db.close();
  }
}

export interface ScaleRow {
  label: string;
  target: string;
  /** Measured through the app's handlers. */
  gleaner: number;
  /** The bare SQLite query doing the same work, same file, same run. */
  bare: number | null;
  unit: string;
  met: boolean | null;
}

async function call(host: ProjectHost, method: string, input: unknown): Promise<unknown> {
  const answer = await dispatch(host.handlers, method, input, caller);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** Every figure of one project size. */
export async function measureScale(size: number, samples: number): Promise<ScaleRow[]> {
  const file = scaleProject(size);
  const rows: ScaleRow[] = [];
  const row = (r: Omit<ScaleRow, 'met'> & { limit?: number }) => {
    const { limit, ...rest } = r;
    rows.push({ ...rest, met: limit === undefined ? null : r.gleaner < limit });
  };

  // Opening: the file, then what the window asks for first (project info, the first page); once
  // cold (the file's pages dropped from the OS cache, as after a reboot) and once warm.
  const host = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'bench' });
  const openOnce = async (): Promise<{ open: number; firstPage: number }> => {
    let firstPage = 0;
    const open = await timedAsync(async () => {
      const failure = host.open(file);
      if (failure) throw failure;
      await call(host, 'project.info', {});
      firstPage = await timedAsync(() => call(host, 'articles.list', { offset: 0, limit: 200 }));
    });
    return { open, firstPage };
  };
  const bareOpenOnce = (): number => {
    const bareDb = new Database(file, { readonly: true });
    const ms = timed(() =>
      bareDb
        .prepare(
          `SELECT a.id, a.title, a.status, d.name FROM articles a JOIN documents d ON d.id = a.document_id
           ORDER BY a.id LIMIT 200`,
        )
        .all(),
    );
    bareDb.close();
    return ms;
  };
  dropFromOsCache(file);
  const cold = await openOnce();
  host.close();
  dropFromOsCache(file);
  const bareCold = timed(bareOpenOnce);
  const warm = await openOnce();
  const bareWarm = timed(bareOpenOnce);
  const bare = new Database(file, { readonly: true });
  for (const [label, mine, bareMs] of [
    ['cold', cold, bareCold],
    ['warm', warm, bareWarm],
  ] as const) {
    row({
      label: `open the project + info + first page of the list, ${label}`,
      target: '< 300 ms',
      gleaner: mine.open,
      bare: bareMs,
      unit: 'ms',
      limit: 300,
    });
    row({
      label: `… of which the first page (200 rows), ${label}`,
      target: '',
      gleaner: mine.firstPage,
      bare: null,
      unit: 'ms',
    });
  }

  const total = (bare.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  // Paging, filtering and sorting: pages spread over the whole list, as a scrollbar dragged
  // anywhere asks for them, for each sort and a few filters.
  const listings: { label: string; input: Record<string, unknown>; share: number }[] = [
    { label: 'document order', input: {}, share: 1 },
    { label: 'document order, descending', input: { descending: true }, share: 1 },
    { label: 'by title', input: { sort: 'title' }, share: 1 },
    { label: 'by last change', input: { sort: 'updated', descending: true }, share: 1 },
    { label: 'by length', input: { sort: 'length' }, share: 1 },
    { label: 'by status', input: { sort: 'status' }, share: 1 },
    { label: 'status submitted', input: { status: 'submitted' }, share: 0.2 },
    {
      label: 'status approved, by title',
      input: { status: 'approved', sort: 'title' },
      share: 0.2,
    },
    { label: 'unassigned, by last change', input: { assigneeId: null, sort: 'updated' }, share: 1 },
  ];
  const perListing = Math.max(2, Math.round(samples / listings.length));
  const listSamples: number[] = [];
  const bareSamples: number[] = [];
  const barePage = bare.prepare(
    `SELECT a.id, a.title, a.status FROM articles a ORDER BY a.id LIMIT 200 OFFSET ?`,
  );
  const worst: { label: string; ms: number }[] = [];
  for (const listing of listings) {
    const pages = Math.max(1, Math.floor((total * listing.share) / 200));
    const mine: number[] = [];
    let turn = 0;
    for (const page of spread(perListing, pages)) {
      // Taken in turns, so neither side always finds the pages the other just read.
      const bareFirst = turn++ % 2 === 1;
      if (bareFirst) bareSamples.push(timed(() => barePage.all(page * 200)));
      mine.push(
        await timedAsync(() =>
          call(host, 'articles.list', { ...listing.input, offset: page * 200, limit: 200 }),
        ),
      );
      if (!bareFirst) bareSamples.push(timed(() => barePage.all(page * 200)));
    }
    listSamples.push(...mine);
    worst.push({ label: listing.label, ms: Math.max(...mine) });
  }
  row({
    label: `list pages: ${listings.length} sorts and filters × ${perListing} pages anywhere (p95)`,
    target: '< 50 ms',
    gleaner: p95(listSamples),
    bare: p95(bareSamples),
    unit: 'ms',
    limit: 50,
  });
  for (const list of worst)
    row({
      label: `… slowest page, ${list.label}`,
      target: '',
      gleaner: list.ms,
      bare: null,
      unit: 'ms',
    });

  // Opening an article: its text and ranges, and its fields with their values and spans.
  const maxId = (bare.prepare('SELECT max(id) AS n FROM articles').get() as { n: number }).n;
  const articleIds = [...spread(samples, maxId)].map((n) => n + 1);
  const bareArticle = bare.prepare(
    `SELECT a.*, d.text FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,
  );
  const bareRanges = bare.prepare('SELECT start, end FROM article_ranges WHERE article_id = ?');
  const bareValues = bare.prepare(
    `SELECT v.*, (SELECT json_group_array(json_array(s.start, s.end, s.text)) FROM value_spans s
                  WHERE s.value_id = v.id) AS spans
     FROM field_values v WHERE v.article_id = ?`,
  );
  const openSamples: number[] = [];
  const bareOpen: number[] = [];
  for (const [i, id] of articleIds.entries()) {
    const bareRun = () =>
      bareOpen.push(
        timed(() => {
          bareArticle.get(id);
          bareRanges.all(id);
          bareValues.all(id);
        }),
      );
    if (i % 2 === 1) bareRun();
    openSamples.push(
      await timedAsync(async () => {
        await call(host, 'articles.get', { id });
        await call(host, 'articles.fields', { id });
      }),
    );
    if (i % 2 === 0) bareRun();
  }
  row({
    label: 'open an article: text, ranges, values and spans (p95)',
    target: '< 30 ms',
    gleaner: p95(openSamples),
    bare: p95(bareOpen),
    unit: 'ms',
    limit: 30,
  });

  // The dashboard, against the two GROUP BYs a bare dashboard would run.
  const dashboardMs = await timedAsync(() => call(host, 'dashboard.stats', { days: 30 }));
  const bareDashboard = timed(() => {
    bare.prepare('SELECT status, count(*) FROM articles GROUP BY status').all();
    bare.prepare('SELECT extractor, state, count(*) FROM field_values GROUP BY 1, 2').all();
  });
  row({
    label: 'dashboard',
    target: '< 500 ms',
    gleaner: dashboardMs,
    bare: bareDashboard,
    unit: 'ms',
    limit: 500,
  });
  bare.close();
  host.close();

  const peakMb = process.resourceUsage().maxRSS / 1024;
  row({
    label: 'server memory (peak RSS of this process so far)',
    target: '< 500 MB',
    gleaner: peakMb,
    bare: null,
    unit: 'MB',
    limit: 500,
  });
  const bytes = fs.statSync(file).size;
  row({
    label: `project file per article (${searchIndexed(file, total) ? 'search index included' : 'no search index in these copies'})`,
    target: '',
    gleaner: bytes / total / 1024,
    bare: null,
    unit: 'KiB',
  });
  return rows;
}

function printTable(size: number, rows: ScaleRow[]): void {
  console.log(`\n### ${size.toLocaleString('en')} articles\n`);
  console.log('| measure | target | Gleaner | bare SQLite | × bare | met |');
  console.log('| --- | --- | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const value = (n: number) => `${n.toFixed(r.unit === 'ms' ? 1 : 0)} ${r.unit}`;
    console.log(
      `| ${r.label} | ${r.target} | ${value(r.gleaner)} | ${r.bare === null ? '–' : value(r.bare)} | ` +
        `${r.bare ? (r.gleaner / r.bare).toFixed(1) : '–'} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`,
    );
  }
}

/** The growth table: each measure's Gleaner figure (and bare figure) at every size, side by side. */
function printGrowth(sizes: readonly number[], tables: readonly ScaleRow[][]): void {
  console.log('\n### Growth: Gleaner (bare SQLite) at each size\n');
  console.log(`| measure | target | ${sizes.map((n) => n.toLocaleString('en')).join(' | ')} |`);
  console.log(`| --- | --- | ${sizes.map(() => '---:').join(' | ')} |`);
  tables[0]!.forEach((first, i) => {
    const cells = tables.map((rows) => {
      const r = rows[i]!;
      const digits = r.unit === 'ms' ? 1 : 0;
      const bare = r.bare === null ? '' : ` (${r.bare.toFixed(digits)})`;
      return `${r.gleaner.toFixed(digits)}${bare} ${r.unit}${r.met === false ? ' ✗' : ''}`;
    });
    console.log(`| ${first.label} | ${first.target} | ${cells.join(' | ')} |`);
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const tables: ScaleRow[][] = [];
  for (const size of args.sizes) {
    tables.push(await measureScale(size, args.samples));
    printTable(size, tables.at(-1)!);
  }
  printGrowth(args.sizes, tables);
  console.log(
    `\n- ${process.env.GLEANER_SCALE_NOTE ?? ''}load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} on ${os.cpus().length} cores`,
  );
}

await main();
