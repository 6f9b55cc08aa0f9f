// Search at scale (issue 19, point 3): how long a search takes on projects of growing size, each
// figure beside the bare SQLite query that does the same work, measured in the same run; how
// long the search index takes to build (its own phase, after import, with its own progress); and
// how big the project file is per article, and how much of it the search index takes.
//
//   npx tsx bench/search-bench.ts [--files 300] [--sizes 100000,1000000] [--runs 20] [--keep]
//                                 [--project FILE] [--slow-runs N] [--no-scan] [--no-build-baseline]
//                                 [--copy-index]
//
// The project is built by the real import path (a generated corpus of --files pages), then grown
// to each size in turn by copying documents, articles and ranges in SQL (not by importing for
// hours), which queues the copies for search through the same triggers as an import does. The
// queue is then indexed (timed), and each query is run --runs times: p50 and p95 are printed.
// Rows are printed as each size finishes, so a run stopped at a big size keeps the smaller ones.
// --project reuses (and grows) a project kept by an earlier --keep run instead of importing.
// --copy-index indexes the copies with their originals' tokens (bench/search-index-copies.ts:
// the same index, without tokenizing the same texts a million times; one size per run, grown
// from the import) instead of the app's flush, whose time is then not measured.
//
// Columns: what the window asks first when a search is typed (listArticles with the rows on
// screen, by document, with their snippets and the count, which stops past SEARCH_LIST_CAP:
// "10,000+"; a new search each run, its kept matches forgotten), the same for a page of 200 (what
// the window asked before), the next page and a page far down sorted by title (from the kept
// matches), the snippets of the rows on screen alone, beside the bare FTS5 read of the first
// SEARCH_LIST_CAP + 1 matches the list sorts (the query's forms in one MATCH); a page of 200
// matches in article order and a count that stops at 1,001 (search-matches.ts) beside the same
// two statements on the bare FTS5 table; the exact count with the first page as exports and bulk
// assignment select (the filter SQL, an IN over every match) beside a bare FTS5 count(*); and the
// bare scan of every document's text with instr(). The columns that read every match run
// --slow-runs times (they take seconds at a million articles), the rest --runs times.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CodePointIndex } from '../shared/text/codepoints';
import { articleFilterSql } from '../electron/database/article-filter';
import { listArticles, SEARCH_LIST_CAP } from '../electron/database/articles-repository';
import type { ProjectDatabase } from '../electron/database/open-project';
import { flushSearchIndex, pendingSearchCount } from '../electron/database/search-index';
import { articleIndexText, SEARCH_TOKENIZER } from '../electron/database/search-index-text';
import {
  countSearchMatches,
  directSearchIndex,
  searchMatchIds,
} from '../electron/database/search-matches';
import { forgetSearchLists } from '../electron/database/search-list';
import { searchMatchesOf } from '../electron/database/search-snippet-source';
import { importPaths } from '../electron/services/import-pipeline';
import { Project } from '../electron/services/project';
import { generateCorpus } from './corpus';
import { indexCopiesForSearch } from './search-index-copies';
import { time } from './run-percentiles';

interface Args {
  files: number;
  sizes: number[];
  runs: number;
  keep: boolean;
  project: string | null;
  /** Runs of the columns that read every match (exact counts, the list): seconds each at 1M. */
  slowRuns: number;
  /** Whether to time the bare scan of every document's text (minutes at 1M). */
  scan: boolean;
  /** Whether to rebuild part of the index beside bare SQLite (a minute or more at 1M). */
  buildBaseline: boolean;
  /** Index the copies with their originals' tokens (search-index-copies.ts), not by the flush. */
  copyIndex: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    files: 300,
    sizes: [100_000],
    runs: 20,
    keep: false,
    project: null,
    slowRuns: 20,
    scan: true,
    buildBaseline: true,
    copyIndex: false,
  };
  const whole = (arg: string, text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${arg} needs a positive whole number, not ${text}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--files') args.files = whole(arg, argv[++i]);
    else if (arg === '--runs') args.runs = whole(arg, argv[++i]);
    else if (arg === '--sizes' || arg === '--articles')
      args.sizes = (argv[++i] ?? '').split(',').map((n) => whole(arg, n));
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--project') args.project = argv[++i] ?? null;
    else if (arg === '--slow-runs') args.slowRuns = whole(arg, argv[++i]);
    else if (arg === '--no-scan') args.scan = false;
    else if (arg === '--no-build-baseline') args.buildBaseline = false;
    else if (arg === '--copy-index') args.copyIndex = true;
    else
      throw new Error(
        `Unknown argument ${arg} (use --files N, --sizes N,N…, --runs N, --slow-runs N, --no-scan, --no-build-baseline, --copy-index, --keep, --project FILE)`,
      );
  }
  args.sizes.sort((a, b) => a - b);
  if (args.copyIndex && (args.sizes.length > 1 || args.project))
    throw new Error(
      '--copy-index grows one size from the import: give one --sizes and no --project',
    );
  return args;
}

const count = (db: ProjectDatabase, sql: string, params: object = {}): number =>
  (db.prepare(sql).get(params) as { n: number | null }).n ?? 0;

/**
 * Grows the project to exactly `target` articles: each round copies documents (with their
 * articles and ranges) in id order, at most as many as still needed, so no round overshoots by
 * more than one document's articles; the surplus articles of that last document are deleted.
 */
function grow(db: ProjectDatabase, target: number): void {
  while (count(db, 'SELECT count(*) AS n FROM articles') < target) {
    db.transaction(() => {
      const have = count(db, 'SELECT count(*) AS n FROM articles');
      const shift = {
        documents: count(db, 'SELECT max(id) AS n FROM documents'),
        articles: count(db, 'SELECT max(id) AS n FROM articles'),
        // The highest document id whose documents up to it hold the articles still needed.
        limit: count(
          db,
          `SELECT coalesce(min(document_id), (SELECT max(id) FROM documents)) AS n FROM (
             SELECT document_id, sum(count(*)) OVER (ORDER BY document_id) AS running
             FROM articles GROUP BY document_id) WHERE running >= @needed`,
          { needed: target - have },
        ),
      };
      db.prepare(
        `INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at)
         SELECT id + @documents, name || '~' || (id + @documents), kind, lower(hex(randomblob(32))),
                encoding, text, char_count, imported_at FROM documents WHERE id <= @limit`,
      ).run(shift);
      db.prepare(
        `INSERT INTO articles (id, document_id, ordinal, title, status, created_at, updated_at, extracted_at)
         SELECT id + @articles, document_id + @documents, ordinal, title,
                CASE (id + @articles) % 5 WHEN 0 THEN 'new' WHEN 1 THEN 'in_progress'
                  WHEN 2 THEN 'submitted' WHEN 3 THEN 'approved' ELSE 'changes_requested' END,
                created_at, updated_at, extracted_at
         FROM articles WHERE document_id <= @limit`,
      ).run(shift);
      db.prepare(
        `INSERT INTO article_ranges (article_id, start, end)
         SELECT r.article_id + @articles, r.start, r.end FROM article_ranges r
           JOIN articles a ON a.id = r.article_id WHERE a.document_id <= @limit`,
      ).run(shift);
    })();
  }
  const surplus = count(db, 'SELECT count(*) AS n FROM articles') - target;
  if (surplus > 0)
    db.prepare(
      'DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id DESC LIMIT ?)',
    ).run(surplus);
}

/** Rows of a search the window shows at first (the store's first visible range). */
const ROWS_ON_SCREEN = 30;

const ms = (t: { p50: number; p95: number }): string => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

/**
 * Indexes everything queued, in steps of 100,000 articles (one transaction each), with progress;
 * with `originals`, the copies of articles 1..originals get their originals' tokens instead.
 */
function buildIndex(db: ProjectDatabase, originals: number | null): void {
  const total = pendingSearchCount(db);
  if (total === 0) return;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let done = 0;
  let shown = 0;
  if (originals !== null)
    done = indexCopiesForSearch(db, originals, (copied, copies) =>
      process.stdout.write(
        `  copying originals' tokens into the search index ${copied} / ${copies}\n`,
      ),
    );
  while (done < total) {
    const step = flushSearchIndex(db, {
      limit: 100_000,
      onProgress: (p) => {
        if (done + p.done - shown >= total / 10 || done + p.done === total) {
          shown = done + p.done;
          process.stdout.write(`  indexing for search ${shown} / ${total}\n`);
        }
      },
    });
    if (step === 0) break;
    done += step;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    `Search index built${originals === null ? '' : " (copies given their originals' tokens)"}: ${done} articles in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)} articles/s, ` +
      `${((used.user + used.system) / 1000 / done).toFixed(2)} ms CPU an article)`,
  );
}

/** File size per article and the search index's share of it (dbstat over the index's tables). */
function sizes(db: ProjectDatabase, file: string, articles: number): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = fs.statSync(file).size;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const tableBytes = (names: string[]) =>
    names.reduce(
      (sum, name) =>
        sum +
        count(db, 'SELECT sum(pgsize) AS n FROM dbstat WHERE name = @name AND aggregate = TRUE', {
          name,
        }),
      0,
    );
  const search = tableBytes(
    ['article_search', 'article_search_chars'].flatMap((table) =>
      ['data', 'idx', 'docsize', 'config'].map((shadow) => `${table}_${shadow}`),
    ),
  );
  const free = (db.pragma('freelist_count', { simple: true }) as number) * pageSize;
  const characters = count(db, 'SELECT sum(r.end - r.start) AS n FROM article_ranges r');
  console.log(
    `Project file ${mb(bytes)} = ${(bytes / articles / 1024).toFixed(1)} KiB an article ` +
      `(its articles' text: ${(characters / articles).toFixed(0)} characters an article); ` +
      `search index ${mb(search)} = ${((100 * search) / bytes).toFixed(0)} % of the file, ` +
      `${(search / articles / 1024).toFixed(2)} KiB an article; free pages ${mb(free)}`,
  );
}

/**
 * The index build beside bare SQLite doing the same work, on the same `sample` articles (the
 * highest ids) of the same file in the same run: reading their text (title and ranges, as one
 * string each), and SQLite's own substring index (an FTS5 trigram table, contentless, which
 * finds 3+ characters only) built from it; then the search index rebuilt for them (queued again
 * and flushed). Per article: ms of wall time and KiB of index.
 */
function buildBaseline(db: ProjectDatabase, sample: number): void {
  const texts = `SELECT a.id AS id, coalesce(a.title, '') || char(10) || coalesce((
      SELECT group_concat(substr(d.text, r.start + 1, r.end - r.start), char(10))
      FROM article_ranges r WHERE r.article_id = a.id), '') AS text
    FROM (SELECT id, title, document_id FROM articles ORDER BY id DESC LIMIT @sample) a
      JOIN documents d ON d.id = a.document_id`;
  /** Wall and CPU ms (CPU: this process, SQLite included), for a loaded machine. */
  const timed = (run: () => void): { wall: number; cpu: number } => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  };
  const read = timed(() =>
    db.prepare(`SELECT count(*), sum(length(text)) FROM (${texts})`).get({ sample }),
  );
  db.exec(
    "CREATE VIRTUAL TABLE bench_trigram USING fts5(text, tokenize = 'trigram', content = '', contentless_delete = 1)",
  );
  const trigram = timed(() =>
    db.transaction(() =>
      db
        .prepare(`INSERT INTO bench_trigram (rowid, text) SELECT id, text FROM (${texts})`)
        .run({ sample }),
    )(),
  );
  const trigramBytes = count(
    db,
    "SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'bench_trigram%' AND aggregate = TRUE",
  );
  db.exec('DROP TABLE bench_trigram');
  // FTS5's own share of the index: the same tokens as the search index writes (built first,
  // untimed), inserted into fresh tables of the same definition in one statement each.
  db.exec('CREATE TEMP TABLE bench_tokens (id INTEGER PRIMARY KEY, bigrams TEXT, characters TEXT)');
  const addTokens = db.prepare('INSERT INTO bench_tokens VALUES (?, ?, ?)');
  const ranges = db.prepare(
    `SELECT a.id AS id, a.title AS title, d.text AS text, (SELECT json_group_array(json_array(r.start, r.end))
       FROM (SELECT start, end FROM article_ranges WHERE article_id = a.id ORDER BY start) r) AS ranges
     FROM (SELECT id, title, document_id FROM articles ORDER BY id DESC LIMIT @limit OFFSET @offset) a
       JOIN documents d ON d.id = a.document_id`,
  );
  // A thousand articles at a time: their documents' text is read with them.
  for (let offset = 0; offset < sample; offset += 1000) {
    const rows = ranges.all({ limit: Math.min(1000, sample - offset), offset }) as {
      id: number;
      title: string | null;
      text: string;
      ranges: string;
    }[];
    db.transaction(() => {
      for (const row of rows) {
        const text = new CodePointIndex(row.text);
        const parts = (JSON.parse(row.ranges) as [number, number][]).map(([start, end]) =>
          text.slice(start, end),
        );
        const tokens = articleIndexText(row.title, parts);
        addTokens.run(row.id, tokens.bigrams, tokens.characters);
      }
    })();
  }
  const definition = (detail: string) =>
    `fts5(text, tokenize = "${SEARCH_TOKENIZER}", detail = ${detail}, content = '', contentless_delete = 1)`;
  db.exec(`CREATE VIRTUAL TABLE bench_bigrams USING ${definition('full')}`);
  db.exec(`CREATE VIRTUAL TABLE bench_characters USING ${definition('none')}`);
  const bareFts = timed(() =>
    db.transaction(() => {
      db.exec('INSERT INTO bench_bigrams (rowid, text) SELECT id, bigrams FROM bench_tokens');
      db.exec('INSERT INTO bench_characters (rowid, text) SELECT id, characters FROM bench_tokens');
    })(),
  );
  db.exec('DROP TABLE bench_bigrams; DROP TABLE bench_characters; DROP TABLE bench_tokens');
  db.prepare(
    'INSERT OR IGNORE INTO search_pending SELECT id FROM articles ORDER BY id DESC LIMIT ?',
  ).run(sample);
  const ours = timed(() => flushSearchIndex(db));
  const per = (t: { wall: number; cpu: number }): string =>
    `${(t.wall / sample).toFixed(3)} ms (CPU ${(t.cpu / sample).toFixed(3)})`;
  console.log(
    `Index build on the last ${sample} articles, ms an article (wall, CPU): reading their text ${per(read)}; ` +
      `bare FTS5 trigram index of it ${per(trigram)} (${(trigramBytes / sample / 1024).toFixed(2)} KiB an article, 3+ characters only); ` +
      `bare FTS5 insert of the search index's own tokens, built beforehand ${per(bareFts)}; ` +
      `the search index, queued again and flushed ${per(ours)}`,
  );
}

function queries(db: ProjectDatabase, args: Args, articles: number, rare: string): void {
  const searches = ['省', '医院', '胸痛中心', '怀宁院区', rare];
  const bareMatch = (query: string) => {
    const { table, expression } = directSearchIndex(db, query)!;
    const statement = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`);
    return () => statement.get(expression);
  };
  const bareInstr = db.prepare('SELECT count(*) AS n FROM documents WHERE instr(text, ?) > 0');
  /** What exports and bulk assignment run, and the list's WHERE: matches counted, first 200 ids. */
  const filtered = (query: string) => {
    const where = articleFilterSql({ query });
    const statement = db.prepare(
      `SELECT a.id, count(*) OVER () AS total FROM articles a ${where.where} ORDER BY a.id LIMIT 200`,
    );
    return () => statement.all(where.params) as { total: number }[];
  };
  const bare200 = time(
    () => db.prepare('SELECT id, title, status FROM articles ORDER BY id LIMIT 200').all(),
    args.runs,
  );
  console.log(
    `\n${articles} articles; ms p50 / p95 of ${args.runs} runs (${Math.min(args.runs, args.slowRuns)} for the whole-list columns); ` +
      `baseline: bare SELECT of 200 article rows ${ms(bare200)}`,
  );
  console.log(
    `| query | matches | the window's first answer: ${ROWS_ON_SCREEN} rows on screen with snippets + count to ${SEARCH_LIST_CAP + 1} (a new search) | the same, a page of 200 (as before) | the next page of 200 (matches kept) | page at offset ${SEARCH_LIST_CAP - 200} by title (kept) | snippets of ${ROWS_ON_SCREEN} rows | bare FTS5: first ${SEARCH_LIST_CAP + 1} ids (one MATCH of the forms) | search: first 200 ids + count up to 1,001 | the same, bare FTS5 | exact count + first 200 (filter SQL) | bare FTS5 count(*) | bare instr() scan of every document (1 run) |`,
  );
  console.log(
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const slowRuns = Math.min(args.runs, args.slowRuns);
  for (const query of searches) {
    // The bare statements ask FTS5 for the query's forms in one MATCH (an OR of one phrase per
    // form, those whose break the index holds), as the app did before asking them one by one.
    const { table, expression } = directSearchIndex(db, query)!;
    // What the window needs first: a page of matches and whether there are more than 1,000.
    const page = time(() => {
      searchMatchIds(db, query, { limit: 200 });
      countSearchMatches(db, query, { upTo: 1001 });
    }, args.runs);
    const barePageStatement = db.prepare(
      `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid LIMIT 200`,
    );
    const bareCappedStatement = db.prepare(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT 1001)`,
    );
    const barePage = time(() => {
      barePageStatement.all(expression);
      bareCappedStatement.get(expression);
    }, args.runs);
    const bare = time(bareMatch(query), slowRuns);
    const search = filtered(query);
    const searchTime = time(search, slowRuns);
    const matches = search()[0]?.total ?? 0;
    // What the window asks when a search is typed (the default sort): a new search each run, its
    // kept matches forgotten; then the next page, and a page further down, from the kept matches.
    const first = time(() => {
      forgetSearchLists(db);
      listArticles(db, { query, offset: 0, limit: ROWS_ON_SCREEN });
    }, args.runs);
    const firstOf200 = time(() => {
      forgetSearchLists(db);
      listArticles(db, { query, offset: 0, limit: 200 });
    }, args.runs);
    const next = time(() => listArticles(db, { query, offset: 200, limit: 200 }), args.runs);
    const deep = time(
      () => listArticles(db, { query, sort: 'title', offset: SEARCH_LIST_CAP - 200, limit: 200 }),
      args.runs,
    );
    const shownIds = listArticles(db, { query, offset: 0, limit: ROWS_ON_SCREEN }).items.map(
      (i) => i.id,
    );
    const snippets = time(() => searchMatchesOf(db, shownIds, query), args.runs);
    const bareFirst = db.prepare(
      `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid LIMIT ${SEARCH_LIST_CAP + 1}`,
    );
    const bareCap = time(() => bareFirst.all(expression), args.runs);
    let scan = '–';
    if (args.scan) {
      const scanStarted = performance.now();
      bareInstr.get(query);
      scan = (performance.now() - scanStarted).toFixed(0);
    }
    console.log(
      `| ${query} (${Array.from(query).length}) | ${matches} | ${ms(first)} | ${ms(firstOf200)} | ${ms(next)} | ${ms(deep)} | ${ms(snippets)} | ${ms(bareCap)} | ${ms(page)} | ${ms(barePage)} | ${ms(searchTime)} | ${ms(bare)} | ${scan} |`,
    );
  }
  // Articles stay findable while queued (an import not yet indexed): 1,000 queued, matched on
  // their live text beside the index.
  db.exec(
    'INSERT OR IGNORE INTO search_pending SELECT id FROM articles ORDER BY id DESC LIMIT 1000',
  );
  const queued = time(filtered('胸痛中心'), slowRuns);
  const queuedPage = time(() => {
    searchMatchIds(db, '胸痛中心', { limit: 200 });
    countSearchMatches(db, '胸痛中心', { upTo: 1001 });
  }, slowRuns);
  console.log(
    `| 胸痛中心 with 1,000 articles queued, not yet indexed | | | | | | ${ms(queuedPage)} | | ${ms(queued)} | | |`,
  );
  flushSearchIndex(db);
  const memory = process.memoryUsage();
  console.log(
    `Memory of this process (the server's code, the project open): ${mb(memory.rss)} resident now, ` +
      `peak ${mb(process.resourceUsage().maxRSS * 1024)} since the bench started (the index build included); ` +
      `JS heap ${mb(memory.heapUsed)}`,
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-search-bench-'));
  const file = args.project ?? path.join(dir, 'bench.gleaner');
  console.log(
    `${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}, project ${file}`,
  );
  try {
    const project = Project.open(file);
    const { db } = project;
    if (!args.project) {
      const corpus = generateCorpus({
        dir: path.join(dir, 'corpus'),
        seedsDir: path.join(here, '..', 'seeds'),
        files: args.files,
      });
      const started = performance.now();
      await importPaths(db, corpus.paths, { actor: 'bench' });
      fs.rmSync(corpus.dir, { recursive: true, force: true });
      console.log(
        `Imported ${args.files} files (${count(db, 'SELECT count(*) AS n FROM articles')} articles) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    // A query found in one imported article only (so in one of every copy of it).
    const rare = (
      db
        .prepare(
          `SELECT substr(d.text, r.start + 1 + (r.end - r.start) / 2, 6) AS q FROM article_ranges r
             JOIN articles a ON a.id = r.article_id JOIN documents d ON d.id = a.document_id
             WHERE r.end - r.start > 40 ORDER BY a.id DESC LIMIT 1`,
        )
        .get() as { q: string }
    ).q.replace(/\s/g, '');
    const originals = args.copyIndex ? count(db, 'SELECT max(id) AS n FROM articles') : null;
    for (const size of args.sizes) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      grow(db, size);
      const grownCpu = process.cpuUsage(cpu);
      const articles = count(db, 'SELECT count(*) AS n FROM articles');
      console.log(
        `\nGrown to ${articles} articles by SQL copies (queued for search by the triggers) in ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((grownCpu.user + grownCpu.system) / 1e6).toFixed(1)} s)`,
      );
      buildIndex(db, originals);
      sizes(db, file, articles);
      if (args.buildBaseline) buildBaseline(db, Math.min(articles, 20_000));
      queries(db, args, articles, rare);
    }
    project.close();
  } finally {
    if (args.keep || args.project) console.log(`\nKept ${file}`);
    // The temporary folder holds the corpus and the project unless --project named another one.
    if (!args.keep || args.project) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
