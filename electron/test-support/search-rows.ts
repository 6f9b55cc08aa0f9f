import { CodePointIndex } from '../../shared/text/codepoints';
import type { ProjectDatabase } from '../database/open-project';
import { flushSearchIndex } from '../database/search-index';
import {
  CRLF_MARK,
  LF_MARK,
  PART_SEPARATOR,
  PRIVATE_STAND_IN,
} from '../database/search-index-text';

export interface SearchableArticle {
  id: number;
  title: string;
  /** The article's segment texts, one a line. */
  body: string;
}

/** Case as the index's tokenizer folds it (unicode61: every script's letters). */
const fold = (text: string): string =>
  Array.from(text, (char) => {
    const lower = char.toLowerCase();
    return Array.from(lower).length === 1 ? lower : char;
  }).join('');

/**
 * What the search index holds for every article (after a flush), next to what each article
 * really is now: equal when no stale, missing or misplaced row is left after a change. The index
 * keeps no text (migration 10), so its rows are read back token by token from its positions
 * (fts5vocab, 'instance'): one token per character, stand-ins and marks turned back into the
 * spaces and line breaks they stand for, the separator token between title and ranges.
 */
export function searchRowsAgainstArticles(db: ProjectDatabase): {
  stored: SearchableArticle[];
  expected: SearchableArticle[];
} {
  flushSearchIndex(db);
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_tokens USING fts5vocab(main, article_search, instance)',
  );
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const tokens = db
    .prepare('SELECT doc AS id, term FROM temp.article_search_tokens ORDER BY doc, offset')
    .all() as { id: number; term: string }[];
  const parts = new Map<number, string[]>();
  for (const { id, term } of tokens) {
    const own = parts.get(id) ?? [''];
    parts.set(id, own);
    const codePoints = Array.from(term, (char) => char.codePointAt(0)!);
    const marks = codePoints.filter((c) => c === LF_MARK || c === CRLF_MARK);
    const first = codePoints[0]!;
    // A run of breaks names the characters around it, which have tokens of their own.
    if (marks.length > 0)
      own[own.length - 1] += marks.map((c) => (c === LF_MARK ? '\n' : '\r\n')).join('');
    else if (first === PART_SEPARATOR) own.push('');
    else
      own[own.length - 1] +=
        first >= PRIVATE_STAND_IN ? String.fromCharCode(first - PRIVATE_STAND_IN) : term;
  }
  const stored = [...new Set([...ids, ...parts.keys()])].map((id) => {
    const [title = '', ...body] = parts.get(id) ?? [];
    return { id, title, body: body.join('\n') };
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
      title: fold(article.title ?? ''),
      body: fold(ranges.map((r) => index.slice(r.start, r.end)).join('\n')),
    };
  });
  return { stored, expected };
}
