// What a search's first matches cost FTS5, form by form (issue 19, point 3): the query as typed
// and each of its forms with a line break inside that the app asks (those whose break token the
// index holds), each alone, with and without a rowid bound, beside the one MATCH of all of them
// that the app asks. It shows where the first 200 matches of a query of common bigrams go.
//
//   npx tsx bench/search-forms-bench.ts --project FILE [--runs 20] [--queries 胸痛中心,医院]
//
// FILE is a project kept by `bench/search-bench.ts --keep` (its index built). Read only.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { directSearchIndex } from '../electron/database/search-matches';
import { LF_MARK, CRLF_MARK } from '../electron/database/search-index-text';
import type { ProjectDatabase } from '../electron/database/open-project';
import { time as timeRuns } from './run-percentiles';

interface Args {
  project: string;
  runs: number;
  queries: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { project: '', runs: 20, queries: ['胸痛中心', '怀宁院区', '医院'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--project') args.project = argv[++i] ?? '';
    else if (arg === '--runs') args.runs = Number(argv[++i]);
    else if (arg === '--queries') args.queries = (argv[++i] ?? '').split(',').filter(Boolean);
    else throw new Error(`Unknown argument ${arg} (use --project FILE, --runs N, --queries A,B)`);
  }
  if (!args.project || !fs.existsSync(args.project))
    throw new Error(
      `--project needs a project file kept by bench/search-bench.ts --keep, not "${args.project}"`,
    );
  if (!Number.isInteger(args.runs) || args.runs <= 0)
    throw new Error('--runs needs a positive whole number');
  return args;
}

/** p50 / p95 in milliseconds of `runs` calls, as the table prints them. */
function time(run: () => unknown, runs: number): string {
  const { p50, p95 } = timeRuns(run, runs);
  return `${p50.toFixed(2)} / ${p95.toFixed(2)}`;
}

/** A phrase as a reader can follow it: the break marks shown as ⏎ (LF) and ⏎⏎ (CRLF). */
const shown = (phrase: string): string =>
  phrase
    .replaceAll(String.fromCodePoint(LF_MARK), '⏎')
    .replaceAll(String.fromCodePoint(CRLF_MARK), '⏎⏎');

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const db = new Database(args.project, { readonly: true }) as unknown as ProjectDatabase;
  const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  console.log(`${articles} articles; ms p50 / p95 of ${args.runs} runs`);
  console.log(
    '| query | phrase | matches | first 200 | first 200 with rowid ≤ the 200th match of the query as typed | first 10,001 |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const query of args.queries) {
    const index = directSearchIndex(db, query);
    if (!index) continue;
    const { table, expression } = index;
    const first = (limit: number) =>
      db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid LIMIT ${limit}`);
    const bounded = db.prepare(
      `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid <= ? ORDER BY rowid LIMIT 200`,
    );
    const count = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`);
    const phrases = expression.split(' OR ');
    const bound = (first(200).pluck().all(phrases[0]) as number[]).at(-1) ?? 0;
    const rows: [string, string][] = [
      ...phrases.map((phrase, i): [string, string] => [i === 0 ? 'as typed' : 'broken', phrase]),
      ['the app’s one MATCH', expression],
    ];
    for (const [what, match] of rows) {
      const matches = (count.get(match) as { n: number }).n;
      console.log(
        `| ${query} | ${what}: \`${shown(match)}\` | ${matches} | ${time(() => first(200).all(match), args.runs)} | ${time(() => bounded.all(match, bound), args.runs)} (≤ ${bound}) | ${time(() => first(10_001).all(match), args.runs)} |`,
      );
    }
  }
  db.close();
}

main();
