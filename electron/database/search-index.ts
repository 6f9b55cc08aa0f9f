import { CodePointIndex } from '../../shared/text/codepoints';
import { SEARCH_BLOCK, SEARCH_TITLE_SLOT } from './article-filter';
import type { ProjectDatabase } from './open-project';
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

/**
 * Brings the search index (migration 6) up to date: every article the triggers queued in
 * `search_pending` loses its old rows and gets one row per range and one for its title, all in ONE
 * transaction, so FTS5 writes and merges the new text once instead of once per import file
 * (1,000 generated files, 1,800 articles: 1.6 s of CPU here against 6.1 s for the triggers that
 * indexed inside each file's transaction). Anything that reads `article_search` calls
 * this first; when nothing is queued it costs one indexed EXISTS. Returns how many articles it
 * indexed.
 */
export function flushSearchIndex(
  db: ProjectDatabase,
  options: {
    onProgress?: (progress: FlushProgress) => void;
    /** Index at most this many (lowest ids first); the rest stay queued. */
    limit?: number;
    /**
     * false: when another connection is writing (an import job), give up at once and return 0
     * instead of waiting for it, and holding it up in turn. Queued articles are still found
     * (see article-filter.ts), only more slowly.
     */
    wait?: boolean;
  } = {},
): number {
  if (!searchIndexIsStale(db)) return 0;
  if (options.wait === false) {
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
  const removeRows = statement(
    db,
    `DELETE FROM article_search
       WHERE rowid BETWEEN @id * ${SEARCH_BLOCK} AND @id * ${SEARCH_BLOCK} + ${SEARCH_TITLE_SLOT}`,
  );
  // Set-based over a chunk of ids: measured a quarter less CPU than three statements per article.
  const addTitles = statement(
    db,
    `INSERT INTO article_search (rowid, start, text)
       SELECT a.id * ${SEARCH_BLOCK} + ${SEARCH_TITLE_SLOT}, NULL, a.title
       FROM json_each(@ids) j JOIN articles a ON a.id = j.value
       WHERE coalesce(a.title, '') <> ''`,
  );
  const rangesOf = statement(
    db,
    `SELECT r.article_id AS articleId, a.document_id AS documentId, r.start AS start, r.end AS end
       FROM json_each(@ids) j JOIN article_ranges r ON r.article_id = j.value
         JOIN articles a ON a.id = r.article_id
       ORDER BY a.document_id, r.article_id, r.start`,
  );
  const addRange = statement(
    db,
    'INSERT INTO article_search (rowid, start, text) VALUES (?, ?, ?)',
  );
  const textOf = statement(db, 'SELECT text FROM documents WHERE id = ?');
  // Range texts are cut here, not by substr() in SQL: SQL reads the whole document text for every
  // range (and a window over the rows spilled it to a temporary file once per range), so a 1 MB
  // page cut into 130 ranges wrote 144 MB. Each document's text is read once instead, and kept
  // from one chunk to the next: a page of 76,000 articles fills 152 chunks.
  let document: { id: number; index: CodePointIndex } | null = null;
  const addRanges = (ids: readonly number[]): void => {
    let article = -1;
    let slot = 0;
    for (const range of rangesOf.all({ ids: JSON.stringify(ids) }) as RangeRow[]) {
      if (document?.id !== range.documentId) {
        const { text } = textOf.get(range.documentId) as { text: string };
        document = { id: range.documentId, index: new CodePointIndex(text) };
      }
      slot = range.articleId === article ? slot + 1 : 0;
      article = range.articleId;
      addRange.run(
        BigInt(range.articleId) * BigInt(SEARCH_BLOCK) + BigInt(slot),
        range.start,
        document.index.slice(range.start, range.end),
      );
    }
  };
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
      for (const id of ids) removeRows.run({ id });
      for (let done = 0; done < total;) {
        const chunk = ids.slice(done, done + CHUNK);
        const param = { ids: JSON.stringify(chunk) };
        addTitles.run(param);
        addRanges(chunk);
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

/** How many articles wait to be indexed for search. */
export function pendingSearchCount(db: ProjectDatabase): number {
  return (statement(db, 'SELECT count(*) AS n FROM search_pending').get() as { n: number }).n;
}
