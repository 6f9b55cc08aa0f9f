import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { mergeArticles, moveRange, splitArticle } from '../services/segmentation-corrections';
import { searchRowsAgainstArticles } from '../test-support/search-rows';
import { useTempDir } from '../test-support/temp-dir';
import { articleFilterSql } from './article-filter';
import { getArticle, listArticles } from './articles-repository';
import type { ProjectDatabase } from './open-project';
import { flushSearchIndex, searchIndexIsStale } from './search-index';

const tempDir = useTempDir();

const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The articles whose live title or one of whose ranges holds `query`, read the slow way. */
function bruteForce(db: ProjectDatabase, query: string): number[] {
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const needle = foldAscii(query);
  return ids.filter((id) => {
    const a = getArticle(db, id);
    return [a.title ?? '', ...a.segments.map((s) => s.text)].some((t) =>
      foldAscii(t).includes(needle),
    );
  });
}

/** What the list shows (it flushes first). */
const listed = (db: ProjectDatabase, query: string): number[] =>
  listArticles(db, { query, offset: 0, limit: 10_000 })
    .items.map((i) => i.id)
    .sort((x, y) => x - y);

/** What bulk assignment and exports select: the filter SQL alone, with no flush before it. */
const selectedWithoutFlush = (db: ProjectDatabase, query: string): number[] => {
  const where = articleFilterSql({ query });
  return (
    db.prepare(`SELECT a.id FROM articles a ${where.where} ORDER BY a.id`).all(where.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

const pendingCount = (db: ProjectDatabase): number =>
  (db.prepare('SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;

/** Queries taken from an article's own text: 1, 2, 3 and 6 characters from its longest line. */
function queriesFrom(text: string): string[] {
  const line = text
    .split(/\s+/)
    .reduce((longest, l) => ([...l].length > [...longest].length ? l : longest), '');
  const chars = [...line];
  const mid = Math.max(0, Math.floor(chars.length / 2) - 3);
  return [1, 2, 3, 6].map((n) => chars.slice(mid, mid + n).join(''));
}

function expectSearchRight(db: ProjectDatabase, queries: string[]): void {
  for (const query of queries) {
    const expected = bruteForce(db, query);
    expect(selectedWithoutFlush(db, query), query).toEqual(expected);
    expect(listed(db, query), query).toEqual(expected);
  }
}

/** The search table holds each article's live title and ranges, and nothing stale. */
function expectRowsMatchArticles(db: ProjectDatabase): void {
  const { stored, expected } = searchRowsAgainstArticles(db);
  expect(stored).toEqual(expected);
}

async function projectWithSeeds(): Promise<Project> {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  await importPaths(project.db, [bundledSeedsDir], { actor: 'importer' });
  return project;
}

describe('flushSearchIndex (deferred search indexing)', () => {
  it('finds the articles of an import searched for straight after it, before any flush', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    // Import only queues: nothing is indexed yet.
    expect(pendingCount(db)).toBe(9);
    expect(db.prepare('SELECT count(*) AS n FROM article_search').get()).toEqual({ n: 0 });
    for (const query of ['医院', '胸痛中心', '省']) {
      const expected = bruteForce(db, query);
      expect(expected.length, query).toBeGreaterThan(0);
      // Exports and bulk assignment see the new articles on their live text…
      expect(selectedWithoutFlush(db, query), query).toEqual(expected);
    }
    // …and the list indexes them first, then finds them with a snippet each.
    const { items } = listArticles(db, { query: '胸痛中心', offset: 0, limit: 100 });
    expect(items.map((i) => i.id).sort((x, y) => x - y)).toEqual(bruteForce(db, '胸痛中心'));
    for (const item of items) expect(item.match?.ranges.length).toBeGreaterThan(0);
    expect(pendingCount(db)).toBe(0);
    project.close();
  });

  it('empties the queue in one flush, reports progress, and is then a no-op', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    expect(searchIndexIsStale(db)).toBe(true);
    const progress: { done: number; total: number }[] = [];
    expect(flushSearchIndex(db, { onProgress: (p) => progress.push(p) })).toBe(9);
    expect(progress.at(-1)).toEqual({ done: 9, total: 9 });
    expect(searchIndexIsStale(db)).toBe(false);
    expect(pendingCount(db)).toBe(0);
    // One row per article: the layout of migration 10.
    const rows = db.prepare('SELECT count(*) AS n FROM article_search').get() as { n: number };
    const expected = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    expect(rows.n).toBe(expected.n);
    expect(flushSearchIndex(db)).toBe(0);
    project.close();
  });

  it('finds a changed title and no longer the old one', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    flushSearchIndex(db);
    const first = db
      .prepare('SELECT id, title FROM articles WHERE title IS NOT NULL LIMIT 1')
      .get() as {
      id: number;
      title: string;
    };
    const oldQuery = [...first.title].slice(0, 3).join('');
    expect(listed(db, oldQuery)).toContain(first.id);
    db.prepare("UPDATE articles SET title = '全新的标题XYZ' WHERE id = ?").run(first.id);
    expect(pendingCount(db)).toBe(1);
    expect(selectedWithoutFlush(db, '全新的标题')).toEqual([first.id]);
    expect(selectedWithoutFlush(db, 'xyz')).toEqual([first.id]);
    expect(listed(db, '全新的标题')).toEqual([first.id]);
    expect(listArticles(db, { query: 'xyz', offset: 0, limit: 5 }).items[0]?.match?.snippet).toBe(
      '全新的标题XYZ',
    );
    expectSearchRight(db, [oldQuery]);
    project.close();
  });

  it('is right straight after a split, a merge and a moved range', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    flushSearchIndex(db);
    const multi = db
      .prepare(
        'SELECT document_id AS documentId FROM articles GROUP BY document_id HAVING count(*) >= 2 LIMIT 1',
      )
      .get() as { documentId: number };
    const articleIds = () =>
      (
        db
          .prepare('SELECT id FROM articles WHERE document_id = ? ORDER BY ordinal')
          .all(multi.documentId) as { id: number }[]
      ).map((r) => r.id);
    const [a, b] = articleIds();
    const detailA = getArticle(db, a!);
    const cut = detailA.ranges[0]!.start + Math.floor(detailA.length / 2);
    splitArticle(db, { articleId: a!, at: cut }, 'curator');
    expect(searchIndexIsStale(db)).toBe(true);
    const tailId = articleIds().find((id) => id !== a && id !== b)!;
    const tailText = getArticle(db, tailId).segments[0]!.text;
    const queries = [
      ...queriesFrom(tailText),
      ...queriesFrom(getArticle(db, b!).segments[0]!.text),
    ];
    expectSearchRight(db, queries);
    // The split-off tail is found under its new article.
    expect(listed(db, queriesFrom(tailText)[3]!)).toContain(tailId);
    expectRowsMatchArticles(db);

    mergeArticles(db, { articleIds: [a!, tailId] }, 'curator');
    expectSearchRight(db, queries);
    expect(listed(db, queriesFrom(tailText)[3]!)).not.toContain(tailId);
    expectRowsMatchArticles(db);

    const moved = getArticle(db, b!).ranges[0]!;
    moveRange(
      db,
      { fromArticleId: b!, toArticleId: a!, start: moved.start, end: moved.start + 8 },
      'curator',
    );
    expectSearchRight(db, queries);
    expect(pendingCount(db)).toBe(0);
    expectRowsMatchArticles(db);
    project.close();
  });

  it('searches while another connection writes without waiting for it, right and with snippets', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    // An import job's connection in the middle of a file's transaction.
    const writer = new Database(db.name);
    writer.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const { items } = listArticles(db, { query: '胸痛中心', offset: 0, limit: 100 });
    expect(Date.now() - started).toBeLessThan(2000); // the busy timeout is 5 s
    expect(pendingCount(db)).toBe(9); // nothing indexed: the lock was taken
    expect(items.map((i) => i.id).sort((x, y) => x - y)).toEqual(bruteForce(db, '胸痛中心'));
    for (const item of items) expect(item.match?.snippet).toContain('胸痛中心');
    writer.exec('ROLLBACK');
    writer.close();
    // Free again: the next search indexes, at most the list's share at a time.
    listArticles(db, { query: '胸痛中心', offset: 0, limit: 100 });
    expect(pendingCount(db)).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    project.close();
  });

  it('indexes at most `limit` articles and leaves the rest queued', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    expect(flushSearchIndex(db, { limit: 4 })).toBe(4);
    expect(pendingCount(db)).toBe(5);
    expectSearchRight(db, ['医院', '胸痛中心', '省']);
    project.close();
  });

  it('an import job indexes its articles before it ends, so the app has nothing left to do', async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(projectPath);
    const runner = new JobRunner(sourceWorkerLauncher);
    const job = runner.startImport({ projectPath, paths: [bundledSeedsDir], actor: 't' });
    expect((await runner.wait(job.id)).status).toBe('done');
    expect(searchIndexIsStale(project.db)).toBe(false);
    expect(
      (
        project.db.prepare('SELECT count(*) AS n FROM article_search').get() as {
          n: number;
        }
      ).n,
    ).toBe(9);
    expect(listed(project.db, '胸痛中心')).toEqual(bruteForce(project.db, '胸痛中心'));
    project.close();
  }, 60_000);
});
