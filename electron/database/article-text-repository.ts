import type { CodePointRange } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * Where an article's text is: its document's stored text and the ranges of it the article
 * covers. Value edits, extraction and export all read an article through these.
 */

const documentText = prepare<[documentId: number], { text: string }>(
  'SELECT text FROM documents WHERE id = ?',
);

/** A document's stored text, exactly as decoded (the text every span points into). */
export function textOfDocument(db: ProjectDatabase, documentId: number): string {
  const row = documentText.get(db, documentId);
  if (!row) throw new Error(`There is no document ${documentId} in this project.`);
  return row.text;
}

const articleRanges = prepare<[articleId: number], CodePointRange>(
  'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
);

/** The ranges of the document an article covers, in order. */
export function rangesOfArticle(db: ProjectDatabase, articleId: number): CodePointRange[] {
  return articleRanges.all(db, articleId);
}

/** An article as extraction reads it: where its text is, and its title and kicker. */
export interface ArticleSource {
  id: number;
  documentId: number;
  title: string | null;
  kicker: string | null;
}

const source = prepare<[articleId: number], ArticleSource>(
  'SELECT id, document_id AS documentId, title, kicker FROM articles WHERE id = ?',
);

export function articleSource(db: ProjectDatabase, articleId: number): ArticleSource | undefined {
  return source.get(db, articleId);
}

const idsOfDocument = prepare<[documentId: number], { id: number }>(
  'SELECT id FROM articles WHERE document_id = ? ORDER BY ordinal',
);

/** The ids of a document's articles in page order. */
export function articleIdsOfDocument(db: ProjectDatabase, documentId: number): number[] {
  return idsOfDocument.all(db, documentId).map((r) => r.id);
}

const inPageOrder = prepare<[], { id: number }>(
  'SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.name, a.ordinal',
);

/** Every article of the project, page by page (documents by name). */
export function allArticleIdsInPageOrder(db: ProjectDatabase): number[] {
  return inPageOrder.all(db).map((r) => r.id);
}

/** The name of the file an article comes from (kept on its row), or null for no such article. */
export function documentNameOfArticle(db: ProjectDatabase, articleId: number): string | null {
  const row = db
    .prepare('SELECT document_name AS name FROM articles WHERE id = ?')
    .get(articleId) as { name: string | null } | undefined;
  return row?.name ?? null;
}
