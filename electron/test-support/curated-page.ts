import path from 'node:path';
import { bundledSeedsDir } from '../app-root';
import type { ProjectDatabase } from '../database/open-project';
import { addComment } from '../services/comments';
import { Project } from '../services/project';
import { addValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';

/**
 * The seed project with curated work on its three-article page (document 3, articles 5, 6, 7):
 * accepted and rejected suggestions, a curator's value with a span and one without, and comments.
 */
export function curatedSeedProject(dir: string): {
  project: Project;
  page: number[];
  documentId: number;
} {
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const db = project.db;
  const documentId = 3;
  const page = (
    db
      .prepare('SELECT id FROM articles WHERE document_id = ? ORDER BY ordinal')
      .all(documentId) as { id: number }[]
  ).map((r) => r.id);
  for (const articleId of page) {
    const values = db
      .prepare('SELECT id, revision FROM field_values WHERE article_id = ? ORDER BY id LIMIT 3')
      .all(articleId) as { id: number; revision: number }[];
    setValueState(
      db,
      { valueId: values[0]!.id, revision: values[0]!.revision, state: 'accepted' },
      'curator',
    );
    setValueState(
      db,
      { valueId: values[1]!.id, revision: values[1]!.revision, state: 'rejected' },
      'curator',
    );
    const range = db
      .prepare('SELECT start FROM article_ranges WHERE article_id = ? ORDER BY start LIMIT 1')
      .get(articleId) as { start: number };
    addValue(
      db,
      {
        articleId,
        fieldKey: 'honors',
        spans: [{ start: range.start + 40, end: range.start + 46 }],
      },
      'curator',
    );
    addValue(
      db,
      { articleId, fieldKey: 'centers', text: `无出处的中心 ${articleId}`, spans: [] },
      'curator',
    );
    addComment(db, { articleId, body: `第 ${articleId} 篇的意见` }, 'reviewer');
  }
  return { project, page, documentId };
}

/** Every row a segmentation correction could touch, as stored, in a stable order. */
export function curatedRows(db: ProjectDatabase) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    articles: all('SELECT * FROM articles ORDER BY id'),
    ranges: all('SELECT * FROM article_ranges ORDER BY article_id, start'),
    values: all('SELECT * FROM field_values ORDER BY id'),
    spans: all('SELECT * FROM value_spans ORDER BY value_id, start, end'),
    comments: all('SELECT * FROM comments ORDER BY id'),
    corrections: all('SELECT * FROM segmentation_corrections ORDER BY document_sha256'),
  };
}

/** The page's articles with their ranges, in page order. */
export function pageArticles(
  db: ProjectDatabase,
  documentId: number,
): { id: number; status: string; ranges: { start: number; end: number }[] }[] {
  const articles = db
    .prepare('SELECT id, status FROM articles WHERE document_id = ? ORDER BY ordinal')
    .all(documentId) as { id: number; status: string }[];
  const ranges = db.prepare(
    'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
  );
  return articles.map((a) => ({
    ...a,
    ranges: ranges.all(a.id) as { start: number; end: number }[],
  }));
}
