import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleFilter, ArticleSort } from '../../shared/contract/articles';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { articleFilterSql, articleOrderSql } from './article-filter';
import { pageOfArticleIds } from './list-paging';
import type { ProjectDatabase } from './open-project';

const tempDir = useTempDir();

/**
 * The seeded project grown to a few hundred articles with ties everywhere: documents sharing
 * names, untitled articles, equal change times, so anchors fall inside runs of equal keys.
 */
function project(): ProjectDatabase {
  const { db } = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
  for (let round = 0; round < 5; round++) {
    const shift = db.prepare('SELECT max(id) AS d FROM documents').get() as { d: number };
    const articles = db.prepare('SELECT max(id) AS a FROM articles').get() as { a: number };
    db.prepare(
      `INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at)
       SELECT id + @d, CASE WHEN id % 3 = 0 THEN 'same.txt' ELSE name || id END, kind,
              lower(hex(randomblob(32))), encoding, text, char_count, imported_at FROM documents`,
    ).run(shift);
    db.prepare(
      `INSERT INTO articles (id, document_id, ordinal, title, status, created_at, updated_at)
       SELECT id + @a, document_id + @d, ordinal, CASE WHEN id % 4 = 0 THEN NULL ELSE title END,
              CASE (id + @a) % 3 WHEN 0 THEN 'new' WHEN 1 THEN 'approved' ELSE 'submitted' END,
              created_at, CASE WHEN id % 2 = 0 THEN '2026-01-01' ELSE updated_at || id END
       FROM articles`,
    ).run({ a: articles.a, d: shift.d });
  }
  // A few assigned articles: a narrow filter, which leads with its own index.
  db.prepare(
    'UPDATE articles SET assignee_id = (SELECT min(id) FROM profiles) WHERE id % 40 = 0',
  ).run();
  return db;
}

/** The order of every article, by one plain ORDER BY: what each page must be a slice of. */
function everyId(db: ProjectDatabase, filter: ArticleFilter, sort: ArticleSort, desc: boolean) {
  const where = articleFilterSql(filter);
  return db
    .prepare(
      `SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id ${where.where}
         ${articleOrderSql(sort, desc)}`,
    )
    .pluck()
    .all(where.params) as number[];
}

describe('pages of the article list', () => {
  it('are slices of the full order for every sort, whatever order the pages are asked in', () => {
    const db = project();
    const total = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    expect(total).toBeGreaterThan(250);
    const assignee = (db.prepare('SELECT min(id) AS id FROM profiles').get() as { id: number }).id;
    const filters: ArticleFilter[] = [
      {},
      { status: 'submitted' },
      { fieldMissing: 'beds' },
      { assigneeId: null, status: 'new' },
      { assigneeId: assignee },
      { assigneeId: null },
      { status: 'approved' },
      { subject: 'on' },
    ];
    for (const filter of filters)
      for (const sort of ['document', 'title', 'status', 'updated', 'length'] as const)
        for (const descending of [false, true]) {
          const expected = everyId(db, filter, sort, descending);
          // Jumps forwards and back, across and between anchors (every 10 articles here), and
          // past the middle of a run, which is read from its end.
          const half = Math.floor(expected.length / 2);
          const offsets = [95, 3, 41, 40, 39, 230, 120, 0, half - 4, half, expected.length - 2];
          for (const offset of offsets) {
            const page = pageOfArticleIds(db, {
              filter,
              sort,
              descending,
              offset,
              limit: 7,
              anchorEvery: 10,
            });
            expect(page.total).toBe(expected.length);
            expect(page.ids, `${JSON.stringify(filter)} ${sort} ${descending} @${offset}`).toEqual(
              expected.slice(offset, offset + 7),
            );
          }
        }
  });

  it('follows changes: a status change moves the totals and the anchors', () => {
    const db = project();
    const query = {
      filter: { status: 'submitted' as const },
      sort: 'document' as const,
      descending: false,
      limit: 5,
      anchorEvery: 10,
    };
    const before = pageOfArticleIds(db, { ...query, offset: 60 });
    db.prepare(
      "UPDATE articles SET status = 'approved' WHERE id IN (SELECT id FROM articles WHERE status = 'submitted' LIMIT 3)",
    ).run();
    const after = pageOfArticleIds(db, { ...query, offset: 60 });
    expect(after.total).toBe(before.total - 3);
    expect(after.ids).toEqual(everyId(db, query.filter, 'document', false).slice(60, 65));
  });

  it('follows a renamed document into its new place in the document order', () => {
    const db = project();
    const query = { filter: {}, sort: 'document' as const, descending: false, limit: 5 };
    pageOfArticleIds(db, { ...query, offset: 0 });
    const last = db
      .prepare('SELECT id FROM documents ORDER BY name DESC, id DESC LIMIT 1')
      .get() as {
      id: number;
    };
    db.prepare("UPDATE documents SET name = '0 first.txt' WHERE id = ?").run(last.id);
    const first = pageOfArticleIds(db, { ...query, offset: 0 });
    const moved = db
      .prepare('SELECT id FROM articles WHERE document_id = ? ORDER BY ordinal')
      .pluck()
      .all(last.id);
    expect(first.ids.slice(0, moved.length)).toEqual(moved);
    expect(first.ids).toEqual(everyId(db, {}, 'document', false).slice(0, 5));
  });
});
