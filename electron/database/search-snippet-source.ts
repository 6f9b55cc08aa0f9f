import { CodePointIndex } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { searchMatch, type SearchMatch } from './search-snippet';
import { statement } from './statement-cache';

interface ArticleRangeRow {
  articleId: number;
  documentId: number;
  title: string | null;
  start: number | null;
  end: number | null;
}

/**
 * The snippet and match ranges of `query` in each of a page's articles, read from the stored
 * text: the search index keeps no copy of it (migration 10). Each document's text is read once
 * for the page, not once per range or per article, so a page of 200 articles cut from one 20 MB
 * file reads the file once. The body is the article's ranges joined by line breaks, as before.
 */
export function searchMatchesOf(
  db: ProjectDatabase,
  articleIds: readonly number[],
  query: string,
): Map<number, SearchMatch | null> {
  const rows = statement(
    db,
    `SELECT a.id AS articleId, a.document_id AS documentId, a.title AS title,
            r.start AS start, r.end AS end
       FROM json_each(@ids) j JOIN articles a ON a.id = j.value
         LEFT JOIN article_ranges r ON r.article_id = a.id
       ORDER BY a.document_id, a.id, r.start`,
  ).all({ ids: JSON.stringify(articleIds) }) as ArticleRangeRow[];
  const textOf = statement(db, 'SELECT text FROM documents WHERE id = ?');
  const articles = new Map<number, { title: string; parts: string[] }>();
  let document = null as { id: number; index: CodePointIndex } | null;
  for (const row of rows) {
    const article = articles.get(row.articleId) ?? { title: row.title ?? '', parts: [] };
    articles.set(row.articleId, article);
    if (row.start === null || row.end === null) continue;
    if (document?.id !== row.documentId) {
      const { text } = textOf.get(row.documentId) as { text: string };
      document = { id: row.documentId, index: new CodePointIndex(text) };
    }
    article.parts.push(document.index.slice(row.start, row.end));
  }
  return new Map(
    articleIds.map((id) => {
      const article = articles.get(id);
      return [id, article ? searchMatch(article.title, article.parts.join('\n'), query) : null];
    }),
  );
}
