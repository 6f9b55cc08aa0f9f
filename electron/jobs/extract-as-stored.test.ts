import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import type { ProjectDatabase } from '../database/open-project';
import { extractArticles } from '../services/extract-articles';
import { articlesToExtract } from '../services/finish-import';
import { importPaths, type ImportReport } from '../services/import-pipeline';
import { MAX_ARTICLES_RULED_WHEN_PREPARED } from '../services/prepare-file';
import { Project } from '../services/project';
import { planPage } from '../../shared/pages/plan-page';
import { pathologicalPage } from '../test-support/pathological-pages';
import { useTempDir } from '../test-support/temp-dir';
import { createPreparePool, prepareWorkerSpawner, type PreparePool } from './prepare-pool';

// Extracting each page as it is stored (the rules run where the page is planned, in the prepare
// threads) must store exactly what the extraction phase after the import stores.

const tempDir = useTempDir();
const here = path.dirname(fileURLToPath(import.meta.url));
const pools: PreparePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

/** Seeds (UTF-8, GBK, CRLF), a duplicate, HTML, a table, an empty file, a page of many articles. */
function mixedFolder(): string {
  const dir = tempDir();
  const seeds = fs.readdirSync(bundledSeedsDir).filter((n) => n.endsWith('.txt'));
  for (const name of seeds) {
    const text = fs.readFileSync(path.join(bundledSeedsDir, name), 'utf8');
    fs.writeFileSync(path.join(dir, `a-${name}`), text);
    fs.writeFileSync(path.join(dir, `b-gbk-${name}`), iconv.encode(`${text}\n编号 1`, 'gbk'));
    fs.writeFileSync(path.join(dir, `c-crlf-${name}`), `${text}\n编号 2`.replace(/\n/g, '\r\n'));
  }
  fs.copyFileSync(path.join(dir, `a-${seeds[0]}`), path.join(dir, 'd-dup.txt'));
  fs.writeFileSync(
    path.join(dir, 'e-page.html'),
    '<h1>县人民医院胸痛中心通过认证</h1><p>县人民医院投资1200万元建设胸痛中心。</p>',
  );
  fs.writeFileSync(path.join(dir, 'f-rows.csv'), 'title,text\n第一篇,市中医院新建住院楼\n');
  fs.writeFileSync(path.join(dir, 'g-empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'h-many.txt'), pathologicalPage('many-articles', 60_000));
  fs.writeFileSync(path.join(dir, 'i-too-many.txt'), pathologicalPage('many-articles', 200_000, 2));
  return dir;
}

/** Everything extraction writes, keyed by document name and article ordinal, not by row ids. */
function extractionRows(db: ProjectDatabase): unknown {
  const articles = db
    .prepare(
      `SELECT d.name, a.ordinal, a.extracted_at IS NOT NULL AS extracted, a.off_subject
       FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.name, a.ordinal`,
    )
    .all();
  const values = db
    .prepare(
      `SELECT d.name, a.ordinal AS article, v.field_key, v.ordinal, v.value, v.value_key, v.raw,
              v.origin, v.extractor, v.confidence, v.state, v.schema_id, v.schema_version,
              (SELECT json_group_array(json_array(s.start, s.end, s.text))
               FROM (SELECT * FROM value_spans WHERE value_id = v.id ORDER BY start, end) s) AS spans
       FROM field_values v JOIN articles a ON a.id = v.article_id
       JOIN documents d ON d.id = a.document_id
       ORDER BY d.name, a.ordinal, v.field_key, v.ordinal`,
    )
    .all();
  const audits = db
    .prepare(
      `SELECT d.name, a.ordinal, u.actor, u.after FROM audit u
       JOIN articles a ON a.id = u.entity_id JOIN documents d ON d.id = a.document_id
       WHERE u.entity = 'article' AND u.action = 'extract' ORDER BY d.name, a.ordinal, u.id`,
    )
    .all();
  const counts = db
    .prepare('SELECT extractor, state, n FROM extractor_outcome_counts ORDER BY 1, 2')
    .all();
  return { articles, values, audits, counts };
}

/** The articles of the page too big to extract as it is prepared. */
function manyArticles(dir: string): number {
  const text = fs.readFileSync(path.join(dir, 'i-too-many.txt'), 'utf8');
  return planPage(text).articles.length;
}

async function importAndExtract(
  dir: string,
  options: {
    extractAsStored: boolean;
    pool: boolean;
    inProcessBelowBytes?: number;
    onSpawn?: () => void;
  },
): Promise<{ rows: unknown; report: ImportReport; extractedAfter: number }> {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  let preparer;
  if (options.pool) {
    const spawn = prepareWorkerSpawner(path.join(here, 'import-worker.ts'));
    const pool = createPreparePool(() => {
      options.onSpawn?.();
      return spawn();
    }, 2);
    pools.push(pool);
    preparer = pool.prepare;
  }
  const report = await importPaths(project.db, [dir], {
    actor: 'tester',
    preparer,
    extractAsStored: options.extractAsStored,
    inProcessBelowBytes: options.inProcessBelowBytes,
  });
  const pending = articlesToExtract(
    project.db,
    report.imported.flatMap((i) => i.documentIds),
  );
  const after = extractArticles(project.db, pending.articleIds, {
    actor: 'tester',
    onlyUnextracted: true,
  });
  report.extracted += after.articles;
  report.suggestions += after.suggestions;
  const rows = extractionRows(project.db);
  project.close();
  return { rows, report, extractedAfter: after.articles };
}

describe('extracting pages as they are stored', () => {
  it('stores what the extraction phase would, in this thread and through prepare workers', async () => {
    const dir = mixedFolder();
    const after = await importAndExtract(dir, { extractAsStored: false, pool: false });
    const inThread = await importAndExtract(dir, { extractAsStored: true, pool: false });
    const pooled = await importAndExtract(dir, { extractAsStored: true, pool: true });

    const { values } = after.rows as { values: unknown[] };
    expect(values.length).toBeGreaterThan(100);
    expect(inThread.rows).toEqual(after.rows);
    expect(pooled.rows).toEqual(after.rows);
    expect(inThread.report).toEqual(after.report);
    expect(pooled.report).toEqual(after.report);
    // Only the table's row and the page of too many articles were left to the phase after the
    // import: the other pages were done as stored.
    expect(after.extractedAfter).toBe(after.report.extracted);
    const many = manyArticles(dir);
    expect(many).toBeGreaterThan(MAX_ARTICLES_RULED_WHEN_PREPARED);
    expect(inThread.extractedAfter).toBe(1 + many);
    expect(pooled.extractedAfter).toBe(1 + many);
    // Three imports of the folder: over the default 30 s on a loaded two-core machine.
  }, 120_000);

  it('prepares an import smaller than the threshold in this thread, with the same rows', async () => {
    const dir = mixedFolder();
    const bytes = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    const after = await importAndExtract(dir, { extractAsStored: false, pool: false });
    let spawned = 0;
    const onSpawn = (): void => void spawned++;
    const small = await importAndExtract(dir, {
      extractAsStored: true,
      pool: true,
      inProcessBelowBytes: bytes + 1,
      onSpawn,
    });
    // No prepare thread was started, and every article was extracted after the import.
    expect(spawned).toBe(0);
    expect(small.extractedAfter).toBe(small.report.extracted);
    expect(small.rows).toEqual(after.rows);
    expect(small.report).toEqual(after.report);
    // At the threshold the pool is used and the pages are extracted as they are stored.
    const large = await importAndExtract(dir, {
      extractAsStored: true,
      pool: true,
      inProcessBelowBytes: bytes,
      onSpawn,
    });
    expect(spawned).toBe(2);
    expect(large.extractedAfter).toBe(1 + manyArticles(dir));
    expect(large.rows).toEqual(after.rows);
    // Three imports of the folder (pages of many articles among them): longer than the default.
  }, 120_000);
});
