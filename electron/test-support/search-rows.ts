import { CodePointIndex } from '../../shared/text/codepoints';
import type { ProjectDatabase } from '../database/open-project';
import { flushSearchIndex } from '../database/search-index';

export interface SearchableArticle {
  id: number;
  title: string;
  /** The article's segment texts, one a line. */
  body: string;
}

/**
 * What the search table holds for every article (after a flush), next to what each article
 * really is now: equal when no stale, missing or misplaced row is left after a change.
 */
export function searchRowsAgainstArticles(db: ProjectDatabase): {
  stored: SearchableArticle[];
  expected: SearchableArticle[];
} {
  flushSearchIndex(db);
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const rows = db
    .prepare(
      'SELECT rowid / 4096 AS id, start, text FROM article_search ORDER BY rowid / 4096, start',
    )
    .all() as { id: number; start: number | null; text: string }[];
  const stored = [...new Set([...ids, ...rows.map((r) => r.id)])].map((id) => {
    const own = rows.filter((r) => r.id === id);
    return {
      id,
      title: own.find((r) => r.start === null)?.text ?? '',
      body: own
        .filter((r) => r.start !== null)
        .map((r) => r.text)
        .join('\n'),
    };
  });
  // Read with the columns every schema since migration 6 has (the migration tests run this on
  // files of that schema), not with getArticle, which reads the newest columns too.
  const articleOf = db.prepare(
    'SELECT a.title, d.text FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?',
  );
  const rangesOf = db.prepare(
    'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
  );
  const expected = ids.map((id) => {
    const article = articleOf.get(id) as { title: string | null; text: string };
    const index = new CodePointIndex(article.text);
    const ranges = rangesOf.all(id) as { start: number; end: number }[];
    return {
      id,
      title: article.title ?? '',
      body: ranges.map((r) => index.slice(r.start, r.end)).join('\n'),
    };
  });
  return { stored, expected };
}
