// What storing one suggested value costs (issue 16 point 7, issue 19 point 2): the rows of a page
// of many short articles, eight values an article with one span each, stored as extraction stores
// them (values-repository insertSuggestion, a transaction per 200 articles) into a new project,
// beside the same rows with the per-row counter triggers of migration 12 dropped, and beside a
// bare table of the same columns (no index, trigger or foreign key), each run twice. CPU time, not wall time: on
// a shared machine the wall clock measures the neighbours.
//
//   npx tsx bench/page-stress-values.ts [--articles 20000]
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Suggestion } from '../shared/extraction';
import { insertSuggestion } from '../electron/database/values-repository';
import { Project } from '../electron/services/project';
import { numberOption } from './options';

const args = process.argv.slice(2);
const articleCount = numberOption(
  args[0] === '--articles' ? args[1] : undefined,
  20_000,
  'articles',
);
const VALUES_PER_ARTICLE = 8;
const ARTICLES_PER_TRANSACTION = 200;
const AT = '2026-12-06T13:23:22.908Z';
const COUNTER_TRIGGERS = [
  'field_values_changed_insert',
  'field_values_changed_delete',
  'field_values_changed_update',
  'extractor_outcomes_insert',
  'extractor_outcomes_delete',
  'extractor_outcomes_update',
];

function suggestion(article: number, k: number): Suggestion {
  const start = article * 90 + k * 10;
  return {
    field: ['hospital', 'province', 'city', 'beds', 'investments', 'centers', 'honors', 'grade'][
      k
    ]!,
    value: { name: `第${article}人民医院`, code: String(2113 + k) },
    raw: `第${article}人民医院`,
    extractor: `rule:field${k}@1`,
    confidence: 0.9 + k / 100,
    spans: [{ start, end: start + 6, text: `第${article}人民医院`.slice(0, 6) }],
  } as Suggestion;
}

function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** A new project with one document and `articleCount` articles, as the import leaves it. */
function projectWithArticles(file: string): Project {
  const project = Project.open(file);
  const db = project.db;
  db.prepare(
    "INSERT INTO documents (name, kind, text, sha256, encoding, char_count, imported_at) VALUES ('page.txt', 'text', 'x', 'h', 'utf-8', 1, ?)",
  ).run(AT);
  const article = db.prepare(
    'INSERT INTO articles (document_id, ordinal, created_at, updated_at) VALUES (1, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < articleCount; i++) article.run(i, AT, AT);
  })();
  return project;
}

function storeThroughRepository(project: Project): number {
  const db = project.db;
  return cpuSeconds(() => {
    for (let first = 0; first < articleCount; first += ARTICLES_PER_TRANSACTION)
      db.transaction(() => {
        const last = Math.min(first + ARTICLES_PER_TRANSACTION, articleCount);
        for (let a = first; a < last; a++)
          for (let k = 0; k < VALUES_PER_ARTICLE; k++)
            insertSuggestion(db, {
              articleId: a + 1,
              suggestion: suggestion(a, k),
              ordinal: 0,
              schemaId: 'hospital-news',
              schemaVersion: 1,
              at: AT,
            });
      })();
  });
}

function storeBare(file: string): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE bare_values (id INTEGER PRIMARY KEY, article_id INTEGER, field_key TEXT,
    ordinal INTEGER, value TEXT, value_key TEXT, raw TEXT, origin TEXT, extractor TEXT,
    confidence REAL, state TEXT, schema_id TEXT, schema_version INTEGER, created_at TEXT,
    updated_at TEXT) STRICT;
    CREATE TABLE bare_spans (value_id INTEGER, start INTEGER, end INTEGER, text TEXT) STRICT;`);
  const value = db.prepare(
    `INSERT INTO bare_values (article_id, field_key, ordinal, value, value_key, raw, origin,
       extractor, confidence, state, schema_id, schema_version, created_at, updated_at)
     VALUES (?, ?, 0, ?, '', ?, 'extracted', ?, ?, 'suggested', 'hospital-news', 1, ?, ?)`,
  );
  const span = db.prepare(
    'INSERT INTO bare_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
  );
  const seconds = cpuSeconds(() => {
    for (let first = 0; first < articleCount; first += ARTICLES_PER_TRANSACTION)
      db.transaction(() => {
        const last = Math.min(first + ARTICLES_PER_TRANSACTION, articleCount);
        for (let a = first; a < last; a++)
          for (let k = 0; k < VALUES_PER_ARTICLE; k++) {
            const s = suggestion(a, k);
            const id = value.run(
              a + 1,
              s.field,
              JSON.stringify(s.value),
              s.raw,
              s.extractor,
              s.confidence,
              AT,
              AT,
            ).lastInsertRowid;
            for (const sp of s.spans) span.run(id, sp.start, sp.end, sp.text);
          }
      })();
  });
  db.close();
  return seconds;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-value-cost-'));
  const values = articleCount * VALUES_PER_ARTICLE;
  const perValue = (seconds: number): string => `${((seconds * 1e6) / values).toFixed(1)} µs`;
  try {
    console.log(
      `${values.toLocaleString('en')} suggested values (${articleCount.toLocaleString('en')} articles × ${VALUES_PER_ARTICLE}), ` +
        `transactions of ${ARTICLES_PER_TRANSACTION} articles; CPU time per value. ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}.`,
    );
    // Each variant twice, alternating, the faster run kept: the first run also pays for warming
    // up the JIT and the file system, which would count against whichever ran first.
    let triggersSeconds = Infinity;
    let withoutSeconds = Infinity;
    for (let round = 0; round < 2; round++) {
      const withTriggers = projectWithArticles(path.join(dir, `triggers-${round}.gleaner`));
      triggersSeconds = Math.min(triggersSeconds, storeThroughRepository(withTriggers));
      withTriggers.close();
      const without = projectWithArticles(path.join(dir, `no-triggers-${round}.gleaner`));
      for (const name of COUNTER_TRIGGERS) without.db.prepare(`DROP TRIGGER ${name}`).run();
      withoutSeconds = Math.min(withoutSeconds, storeThroughRepository(without));
      without.close();
    }

    const bareSeconds = Math.min(
      storeBare(path.join(dir, 'bare-0.sqlite')),
      storeBare(path.join(dir, 'bare-1.sqlite')),
    );
    console.log(`| storing | per value | × bare |\n| --- | ---: | ---: |`);
    for (const [label, seconds] of [
      ['bare table of the same columns, no index or trigger', bareSeconds],
      ['insertSuggestion, counter triggers dropped', withoutSeconds],
      ['insertSuggestion as shipped (migration 12 counter triggers)', triggersSeconds],
    ] as const)
      console.log(`| ${label} | ${perValue(seconds)} | ${(seconds / bareSeconds).toFixed(2)} |`);
    console.log(
      `The two per-row counter triggers cost ${perValue(triggersSeconds - withoutSeconds)} a value.`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
