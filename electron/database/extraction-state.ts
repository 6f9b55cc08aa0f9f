import type { OffSubject } from '../../shared/contract/domain';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

// Whether extraction has run over an article (migration 9). Set in the transaction that stores
// the article's suggestions, so it is true exactly when they are in.

export function markArticleExtracted(db: ProjectDatabase, articleId: number, at: string): void {
  statement(db, 'UPDATE articles SET extracted_at = ? WHERE id = ?').run(at, articleId);
}

/**
 * Marks the article extracted and stores whether it is about the schema's subject (migration 11:
 * `flag` for an article that is not, null for one that is), in one write of its row: a page of
 * 73,427 articles updated each row twice, firing the row's triggers twice.
 */
export function markArticleExtractedWithRelevance(
  db: ProjectDatabase,
  articleId: number,
  at: string,
  flag: OffSubject | null,
): void {
  statement(db, 'UPDATE articles SET extracted_at = ?, off_subject = ? WHERE id = ?').run(
    at,
    flag ? JSON.stringify(flag) : null,
    articleId,
  );
}

export function isArticleExtracted(db: ProjectDatabase, articleId: number): boolean {
  const row = statement(db, 'SELECT extracted_at AS at FROM articles WHERE id = ?').get(
    articleId,
  ) as { at: string | null } | undefined;
  return row?.at != null;
}

/** Articles extraction never ran over (an import stopped before it got to them), oldest first. */
export function unextractedArticleIds(db: ProjectDatabase): number[] {
  return (
    statement(db, 'SELECT id FROM articles WHERE extracted_at IS NULL ORDER BY id').all() as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export function countUnextractedArticles(db: ProjectDatabase): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM articles WHERE extracted_at IS NULL').get() as {
      n: number;
    }
  ).n;
}

/** The first `limit` articles never extracted, with their document, for `gleaner check`. */
export function unextractedArticles(
  db: ProjectDatabase,
  limit: number,
): { id: number; documentName: string; title: string | null }[] {
  return statement(
    db,
    `SELECT a.id, d.name AS documentName, a.title FROM articles a JOIN documents d ON d.id = a.document_id
      WHERE a.extracted_at IS NULL ORDER BY a.id LIMIT ?`,
  ).all(limit) as { id: number; documentName: string; title: string | null }[];
}
