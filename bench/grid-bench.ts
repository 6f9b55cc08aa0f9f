// The field grid at a million values (issue 21, point 1): a page of 100 values far down the
// grid, in each sort, through the grid service (keyset range + article join + first spans +
// snippets), beside the bare SELECT that reads the same index range on its own, and beside the
// same page read with OFFSET (what keyset paging avoids), all on the same file in the same run.
//
//   npx tsx bench/grid-bench.ts [--articles 37000] [--samples 30]
//
// The project comes from bench/scale-project.ts (the seeds grown in SQL, about 27 values an
// article: 37,000 articles hold about a million values). The run works on a copy, with
// the grid indexes (field-grid-indexes.ts) applied to it when the project's schema does not have them yet.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { gridSorts, type GridSort } from '../shared/contract/grid';
import { keysetSteps, sortKeys } from '../electron/database/field-grid-keyset';
import { installFieldGridIndexes } from '../electron/database/field-grid-indexes';
import { Project } from '../electron/services/project';
import { gridPage } from '../electron/services/field-grid';
import { numberOption } from './options';
import { copyOfScaleProject } from './scale-project';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}
const articles = numberOption(option('articles'), 37_000, 'articles');
const samples = numberOption(option('samples'), 30, 'samples');
const PAGE = 100;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
/** "median / p95" of a set of timings, in ms. */
const both = (values: number[]) => `${median(values).toFixed(2)} / ${p95(values).toFixed(2)}`;
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The sort keys as the grid indexes hold them (field-grid-queries.ts writes them the same). */
const keysOf: Record<Exclude<GridSort, 'field'>, string[]> = {
  article: ['article_id'],
  value: ['value'],
  raw: ['raw'],
  confidence: ['coalesce(confidence, -1)'],
  rule: ["coalesce(extractor, '')", 'coalesce(confidence, -1)'],
  state: ['state'],
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-grid-bench-'));
try {
  const file = copyOfScaleProject(articles, dir);
  const raw = new Database(file);
  const hasIndexes = raw
    .prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'field_values_grid_article'`)
    .get();
  const sizeBefore = fs.statSync(file).size;
  let indexBuild = 0;
  if (!hasIndexes) {
    indexBuild = timed(() => installFieldGridIndexes(raw));
    raw.pragma('wal_checkpoint(TRUNCATE)');
  }
  const sizeAfter = fs.statSync(file).size;
  const values = raw.prepare('SELECT count(*) FROM field_values').pluck().get() as number;
  // The field with the most values: its pages go furthest down a single field's range.
  const field = raw
    .prepare('SELECT field_key FROM field_values GROUP BY 1 ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as string;
  const ofField = raw
    .prepare('SELECT count(*) FROM field_values WHERE field_key = ?')
    .pluck()
    .get(field) as number;
  console.log(
    `${articles} articles, ${values} values (${ofField} of ${field}); grid indexes: ` +
      (hasIndexes
        ? 'already there'
        : `built in ${(indexBuild / 1000).toFixed(1)} s, file ${(sizeBefore / 1e6).toFixed(0)} → ${(sizeAfter / 1e6).toFixed(0)} MB`),
  );
  raw.close();

  const project = Project.open(file, { actor: 'bench' });
  const db = project.db;
  console.log(
    `\nOne page of ${PAGE} far down the grid (positions spread over the whole list), median / p95 of ${samples}, ms:`,
  );
  console.log(
    'sort        fields        grid service   bare SELECT (same range)      OFFSET page (same field)',
  );
  for (const sort of gridSorts.filter((s): s is Exclude<GridSort, 'field'> => s !== 'field')) {
    for (const fields of [[field], [] as string[]]) {
      const keys = keysOf[sort];
      const where = fields.length ? `WHERE field_key = '${field}'` : '';
      const total = fields.length ? ofField : values;
      // Cursors at positions spread over the list (set up untimed with OFFSET).
      const at = db.prepare(
        `SELECT id, field_key AS fieldKey, ${keys.map((k, i) => `${k} AS k${i}`).join(', ')}
           FROM field_values ${where} ORDER BY ${fields.length ? '' : 'field_key, '}${keys.join(', ')}, id
           LIMIT 1 OFFSET ?`,
      );
      const cursors = Array.from({ length: samples }, (_, i) => {
        const row = at.get(Math.floor(((i * 0.618_034) % 1) * (total - PAGE))) as Record<
          string,
          string | number
        >;
        return {
          fieldKey: String(row.fieldKey),
          keys: keys.map((_, k) => row[`k${k}`]!),
          id: Number(row.id),
        };
      });
      const service = cursors.map((after) =>
        timed(() =>
          gridPage(db, {
            fields,
            filter: { states: [] },
            sort,
            descending: false,
            after,
            limit: PAGE,
            count: false,
          }),
        ),
      );
      // The bare baseline: the same index ranges (keysetSteps), ids only, no join, no snippet.
      const bareTimes = cursors.map((cursor) =>
        timed(() => {
          let got = 0;
          for (const step of keysetSteps(sortKeys[sort], cursor, false)) {
            const sql = `SELECT v.id FROM field_values v
              WHERE ${['v.field_key = @field', ...step.conditions].join(' AND ')}
              ORDER BY ${step.orderBy} LIMIT ${PAGE - got}`;
            got += db.prepare(sql).all({ ...step.params, field: cursor.fieldKey }).length;
            if (got >= PAGE) break;
          }
        }),
      );
      const offset = db.prepare(
        `SELECT id FROM field_values WHERE field_key = '${field}' ORDER BY ${keys.join(', ')}, id
          LIMIT ${PAGE} OFFSET ?`,
      );
      const offsetTimes = Array.from(
        { length: fields.length ? Math.min(samples, 10) : 0 },
        (_, i) => timed(() => offset.all(Math.floor(((i * 0.618_034) % 1) * (ofField - PAGE)))),
      );
      console.log(
        `${sort.padEnd(11)} ${(fields.length ? field : 'all').padEnd(8)} ${both(service).padStart(17)}   ${both(bareTimes).padStart(24)}   ${(fields.length ? both(offsetTimes) : '–').padStart(26)}`,
      );
    }
  }
  const count = Array.from({ length: 5 }, () =>
    timed(() =>
      gridPage(db, {
        fields: [],
        filter: { states: [] },
        sort: 'article',
        descending: false,
        after: null,
        limit: PAGE,
        count: true,
      }),
    ),
  );
  console.log(
    `\nFirst page with the count of all ${values} values: p95 ${p95(count).toFixed(0)} ms`,
  );
  project.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
