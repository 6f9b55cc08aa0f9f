// Article list and search benchmark (issue 6, point 1): how long one page of the article list
// takes on a big project, unfiltered and with 1-, 2- and 4-character searches, next to bare
// SELECTs on the same file (a page of article rows; a substring scan of every document's text,
// i.e. search with no index).
//
//   npx tsx bench/search-bench.ts [--files 1000] [--articles 20000] [--keep]
//
// The project is built by the real import path (a generated corpus of --files pages), then
// grown to --articles by copying documents, articles and ranges in SQL, which queues them for
// search through the same triggers as import does; one flush then indexes them all (timed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { articleFilterSql } from '../electron/database/article-filter';
import { listArticles, type ListArticlesQuery } from '../electron/database/articles-repository';
import type { ProjectDatabase } from '../electron/database/open-project';
import { flushSearchIndex } from '../electron/database/search-index';
import { importPaths } from '../electron/services/import-pipeline';
import { Project } from '../electron/services/project';
import { generateCorpus } from './corpus';

interface Args {
  files: number;
  articles: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: 1000, articles: 20_000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0)
        throw new Error(`${arg} needs a positive whole number`);
      return value;
    };
    if (arg === '--files') args.files = next();
    else if (arg === '--articles') args.articles = next();
    else if (arg === '--keep') args.keep = true;
    else throw new Error(`Unknown argument ${arg} (use --files N, --articles N, --keep)`);
  }
  return args;
}

const count = (db: ProjectDatabase, sql: string): number =>
  (db.prepare(sql).get() as { n: number | null }).n ?? 0;

/** Doubles the project (documents, articles, ranges) until it holds at least `target` articles. */
function grow(db: ProjectDatabase, target: number): void {
  while (count(db, 'SELECT count(*) AS n FROM articles') < target) {
    db.transaction(() => {
      const shift = {
        documents: count(db, 'SELECT max(id) AS n FROM documents'),
        articles: count(db, 'SELECT max(id) AS n FROM articles'),
      };
      db.prepare(
        `INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at)
         SELECT id + @documents, name || '~' || (id + @documents), kind, lower(hex(randomblob(32))),
                encoding, text, char_count, imported_at FROM documents`,
      ).run(shift);
      db.prepare(
        `INSERT INTO articles (id, document_id, ordinal, title, status, created_at, updated_at)
         SELECT id + @articles, document_id + @documents, ordinal, title,
                CASE (id + @articles) % 5 WHEN 0 THEN 'new' WHEN 1 THEN 'in_progress'
                  WHEN 2 THEN 'submitted' WHEN 3 THEN 'approved' ELSE 'changes_requested' END,
                created_at, updated_at
         FROM articles WHERE id <= @articles`,
      ).run(shift);
      db.prepare(
        `INSERT INTO article_ranges (article_id, start, end)
         SELECT article_id + @articles, start, end FROM article_ranges WHERE article_id <= @articles`,
      ).run(shift);
    })();
  }
}

/** Median milliseconds of `runs` calls (after one warm-up call). */
function time(run: () => unknown, runs = 5): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-search-bench-'));
  try {
    const corpus = generateCorpus({
      dir: path.join(dir, 'corpus'),
      seedsDir: path.join(here, '..', 'seeds'),
      files: args.files,
    });
    const project = Project.open(path.join(dir, 'bench.gleaner'));
    const { db } = project;
    let started = performance.now();
    await importPaths(db, corpus.paths, { actor: 'bench' });
    const imported = count(db, 'SELECT count(*) AS n FROM articles');
    console.log(
      `Imported ${args.files} files (${imported} articles) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    grow(db, args.articles);
    const total = count(db, 'SELECT count(*) AS n FROM articles');
    console.log(
      `Grown to ${total} articles by SQL copies (queued for search by the triggers) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    const cpu = process.cpuUsage();
    const indexed = flushSearchIndex(db);
    const used = process.cpuUsage(cpu);
    console.log(
      `Search index flushed: ${indexed} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (${((used.user + used.system) / 1000 / indexed).toFixed(2)} ms CPU an article)`,
    );
    const bytes = fs.statSync(path.join(dir, 'bench.gleaner')).size;
    const searchPages = count(
      db,
      "SELECT count(*) AS n FROM dbstat WHERE name LIKE 'article_search%'",
    );
    console.log(
      `Project file ${(bytes / 1e6).toFixed(0)} MB, of which search ${((searchPages * 4096) / 1e6).toFixed(0)} MB\n`,
    );

    const page = (query: Partial<ListArticlesQuery>) => () =>
      listArticles(db, { offset: 0, limit: 200, ...query });
    /** What exports and bulk assignment run: the filter's SQL, no flush before it. */
    const filterCount = (query: string) => () => {
      const where = articleFilterSql({ query });
      return db
        .prepare(`SELECT count(*) AS total FROM articles a ${where.where}`)
        .get(where.params) as { total: number };
    };
    const rows: [string, () => unknown][] = [
      [
        'baseline: bare SELECT of 200 article rows',
        () => db.prepare('SELECT id, title, status FROM articles ORDER BY id LIMIT 200').all(),
      ],
      [
        'baseline: instr() scan of every document for 胸痛中心',
        () =>
          db.prepare("SELECT count(*) AS n FROM documents WHERE instr(text, '胸痛中心') > 0").get(),
      ],
      ['list: first page, no filter (document order)', page({})],
      ['list: page 50, no filter', page({ offset: 10_000 })],
      ['list: status submitted, sorted by length', page({ status: 'submitted', sort: 'length' })],
      ['search 1 char: 省', page({ query: '省' })],
      ['search 2 chars: 医院', page({ query: '医院' })],
      ['search 4 chars: 胸痛中心', page({ query: '胸痛中心' })],
      ['search 4 chars, rare: 怀宁院区', page({ query: '怀宁院区' })],
      ['search 4 chars + status new', page({ query: '胸痛中心', status: 'new' })],
      ['filter SQL alone (exports, assignment): 胸痛中心', filterCount('胸痛中心')],
      [
        'filter SQL alone, 1000 articles queued (not flushed): 胸痛中心',
        () => {
          db.exec('INSERT OR IGNORE INTO search_pending SELECT id FROM articles LIMIT 1000');
          return filterCount('胸痛中心')();
        },
      ],
    ];
    console.log(`| query (one page of 200, ${total} articles) | ms (median of 5) | matches |`);
    console.log('| --- | ---: | ---: |');
    for (const [label, run] of rows) {
      const ms = time(run);
      const result = run() as { total?: number };
      console.log(`| ${label} | ${ms.toFixed(1)} | ${result.total ?? '–'} |`);
    }
    project.close();
  } finally {
    if (args.keep) console.log(`\nKept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
