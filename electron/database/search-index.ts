import { CodePointIndex } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { articleIndexText } from './search-index-text';
import { statement } from './statement-cache';

export interface FlushProgress {
  done: number;
  total: number;
}

/** Whether some article's text changed since the search index last caught up. */
export function searchIndexIsStale(db: ProjectDatabase): boolean {
  const row = statement(db, 'SELECT EXISTS (SELECT 1 FROM search_pending) AS stale').get() as {
    stale: number;
  };
  return row.stale === 1;
}

interface RangeRow {
  articleId: number;
  documentId: number;
  start: number;
  end: number;
}

/** Articles indexed per statement (and between two onProgress calls). */
const CHUNK = 500;

interface FlushOptions {
  onProgress?: (progress: FlushProgress) => void;
  /** Index at most this many (lowest ids first); the rest stay queued. */
  limit?: number;
  /**
   * false: when another connection is writing (an import job), give up at once and return 0
   * instead of waiting for it, and holding it up in turn. Queued articles are still found
   * (see article-filter.ts), only more slowly.
   */
  wait?: boolean;
}

/**
 * Brings the search index (migration 15) up to date: every article the triggers queued in
 * `search_pending` loses its old rows and gets one new row in each table (its title and ranges, see
 * search-index-text.ts), all in ONE transaction, so FTS5 writes and merges the new text once
 * instead of once per import file. Anything that reads `article_search` calls this first; when
 * nothing is queued it costs one indexed EXISTS. Returns how many articles it indexed.
 */
export function flushSearchIndex(db: ProjectDatabase, options: FlushOptions = {}): number {
  if (!searchIndexIsStale(db)) return 0;
  if (options.wait === false) return flushUnlessBusy(db, options);
  const writer = searchIndexWriter(db);
  return db
    .transaction(() => {
      // Read inside the transaction, so an article queued by another connection meanwhile is
      // either indexed now or left queued, never dropped.
      const ids = (
        statement(
          db,
          'SELECT article_id AS id FROM search_pending ORDER BY article_id LIMIT @limit',
        ).all({ limit: options.limit ?? -1 }) as { id: number }[]
      ).map((r) => r.id);
      const total = ids.length;
      // Every delete before any insert: a read of the FTS5 table (which a DELETE is) writes the
      // text inserted so far in this transaction out as a new segment, which undoes the batching.
      for (const id of ids) writer.remove(id);
      for (let done = 0; done < total;) {
        const chunk = ids.slice(done, done + CHUNK);
        writer.addArticles(chunk);
        done += chunk.length;
        options.onProgress?.({ done, total });
      }
      if (options.limit === undefined) statement(db, 'DELETE FROM search_pending').run();
      else
        statement(
          db,
          'DELETE FROM search_pending WHERE article_id IN (SELECT value FROM json_each(@ids))',
        ).run({ ids: JSON.stringify(ids) });
      return total;
    })
    .immediate();
}

/** flushSearchIndex that returns 0 at once when another connection holds the write lock. */
function flushUnlessBusy(db: ProjectDatabase, options: FlushOptions): number {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return flushSearchIndex(db, { ...options, wait: true });
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return 0;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** Removes an article's index rows, and adds the rows of articles read from the project. */
function searchIndexWriter(db: ProjectDatabase) {
  const removeBigrams = statement(db, 'DELETE FROM article_search WHERE rowid = ?');
  const removeCharacters = statement(db, 'DELETE FROM article_search_chars WHERE rowid = ?');
  const addBigrams = statement(db, 'INSERT INTO article_search (rowid, text) VALUES (?, ?)');
  const addCharacters = statement(
    db,
    'INSERT INTO article_search_chars (rowid, text) VALUES (?, ?)',
  );
  const addRow = (id: number, title: string | null, texts: readonly string[]): void => {
    const text = articleIndexText(title, texts);
    addBigrams.run(BigInt(id), text.bigrams);
    addCharacters.run(BigInt(id), text.characters);
  };
  const readArticles = articleTextReader(db);
  return {
    remove(id: number): void {
      removeBigrams.run(BigInt(id));
      removeCharacters.run(BigInt(id));
    },
    addArticles(ids: readonly number[]): void {
      readArticles(ids, addRow);
    },
  };
}

/**
 * Reads the title and range texts of articles, one article at a time, in document order (also
 * what bench/search-index-copies.ts hands the index for the articles copies are made of).
 * Range texts are cut here, not by substr() in SQL: SQL reads the whole document text for every
 * range, so a 1 MB page cut into 130 ranges wrote 144 MB. Each document's text is read once
 * instead, and kept from one chunk to the next: a page of 76,000 articles fills 152 chunks.
 */
export function articleTextReader(db: ProjectDatabase) {
  const titlesOf = statement(
    db,
    `SELECT a.id AS id, a.title AS title FROM json_each(@ids) j JOIN articles a ON a.id = j.value`,
  );
  const rangesOf = statement(
    db,
    `SELECT r.article_id AS articleId, a.document_id AS documentId, r.start AS start, r.end AS end
       FROM json_each(@ids) j JOIN article_ranges r ON r.article_id = j.value
         JOIN articles a ON a.id = r.article_id
       ORDER BY a.document_id, r.article_id, r.start`,
  );
  const textOf = statement(db, 'SELECT text FROM documents WHERE id = ?');
  let document: { id: number; index: CodePointIndex } | null = null;
  return (
    ids: readonly number[],
    onArticle: (id: number, title: string | null, texts: readonly string[]) => void,
  ): void => {
    const param = { ids: JSON.stringify(ids) };
    // An article deleted since it was queued has no title row: nothing to index.
    const titles = new Map(
      (titlesOf.all(param) as { id: number; title: string | null }[]).map((r) => [r.id, r.title]),
    );
    // Each article is handed on as soon as its last range is read (they come in order), so
    // only one article's texts are held at a time, not a chunk's (a whole 20 MB page).
    let article = null as { id: number; texts: string[] } | null;
    const handOn = (): void => {
      if (!article || !titles.has(article.id)) return;
      onArticle(article.id, titles.get(article.id)!, article.texts);
      titles.delete(article.id);
    };
    for (const range of rangesOf.all(param) as RangeRow[]) {
      if (document?.id !== range.documentId) {
        const { text } = textOf.get(range.documentId) as { text: string };
        document = { id: range.documentId, index: new CodePointIndex(text) };
      }
      if (article?.id !== range.articleId) {
        handOn();
        article = { id: range.articleId, texts: [] };
      }
      article.texts.push(document.index.slice(range.start, range.end));
    }
    handOn();
    // Articles with no range at all: their title alone.
    for (const [id, title] of titles) onArticle(id, title, []);
  };
}

/** How many articles wait to be indexed for search (counting stops at `upTo`). */
export function pendingSearchCount(db: ProjectDatabase, upTo = -1): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM search_pending LIMIT @upTo)').get({
      upTo,
    }) as { n: number }
  ).n;
}
