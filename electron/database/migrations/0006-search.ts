import type { Migration } from './types';

/**
 * Search rows are keyed so that one article's rows form one small rowid block: `articleId * 4096`
 * plus a slot, the title in the block's last slot (4095), the article's ranges in the slots
 * before it, in order of `start` (kept beside its text). Dense rowids keep the index small: FTS5
 * stores rowid deltas, and 2^32-wide blocks measured twice the size. SQLite's substr() counts
 * characters (code points), like our offsets. electron/database/search-index.ts writes the same
 * layout when it indexes queued articles.
 */
const BLOCK = 4096;
const TITLE_SLOT = BLOCK - 1;

const queue = (articleId: string): string =>
  `INSERT OR IGNORE INTO search_pending (article_id) VALUES (${articleId});`;

/**
 * Full-text search over article titles and text: FTS5 with trigram tokens (Chinese needs no word
 * segmentation; any substring of 3+ characters is found through the index with LIKE; 1–2
 * character queries scan the stored text). One row per article range and one for the title;
 * `detail=none` halves the indexing cost and the index size; it rules out MATCH phrases, which
 * LIKE replaces. A match therefore lies inside one range or the title.
 *
 * Indexing is deferred: triggers only queue the ids of articles whose text changed in
 * `search_pending`, and flushSearchIndex (search-index.ts) indexes the whole queue in one
 * transaction before any search reads the index. Indexing inside each import file's transaction
 * cost about 3.3 ms an article; in one batch the same text costs about 0.75 ms. Triggers still
 * catch every writer (import, segmentation corrections, re-decoding, JSONL restore), so none needs
 * search code of its own. A deleted article's rows go at once (nothing to index later).
 */
export const migration0006Search: Migration = {
  version: 6,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search
        USING fts5(start UNINDEXED, text, tokenize = 'trigram', detail = none);
      -- FTS5 writes the text it holds in memory out as a new segment every 'hashsize' bytes
      -- (1 MB by default), and merging those segments was most of a flush's cost: 16 MB took
      -- a batch of 1,800 articles (4.3 M characters) from 2.8 s to 1.5 s of CPU.
      INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ${16 * 1024 * 1024});
      CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY);

      CREATE TRIGGER article_search_article_insert AFTER INSERT ON articles BEGIN
        ${queue('NEW.id')}
      END;
      CREATE TRIGGER article_search_title_update AFTER UPDATE OF title ON articles
        WHEN OLD.title IS NOT NEW.title BEGIN
        ${queue('NEW.id')}
      END;
      CREATE TRIGGER article_search_article_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search
          WHERE rowid BETWEEN OLD.id * ${BLOCK} AND OLD.id * ${BLOCK} + ${TITLE_SLOT};
        DELETE FROM search_pending WHERE article_id = OLD.id;
      END;

      -- An article's ranges fill the slots before its title: refuse the range that would not fit.
      CREATE TRIGGER article_search_range_insert AFTER INSERT ON article_ranges BEGIN
        SELECT RAISE(ABORT, 'an article can have at most ${TITLE_SLOT} ranges')
          WHERE (SELECT count(*) FROM article_ranges WHERE article_id = NEW.article_id) > ${TITLE_SLOT};
        ${queue('NEW.article_id')}
      END;
      CREATE TRIGGER article_search_range_update AFTER UPDATE ON article_ranges BEGIN
        SELECT RAISE(ABORT, 'an article can have at most ${TITLE_SLOT} ranges')
          WHERE NEW.article_id IS NOT OLD.article_id
            AND (SELECT count(*) FROM article_ranges WHERE article_id = NEW.article_id) > ${TITLE_SLOT};
        ${queue('OLD.article_id')}
        ${queue('NEW.article_id')}
      END;
      -- Skipped when the article itself is gone (a cascade): its rows are already deleted.
      CREATE TRIGGER article_search_range_delete AFTER DELETE ON article_ranges
        WHEN EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id) BEGIN
        ${queue('OLD.article_id')}
      END;

      -- Re-decoding replaces a document's text; the text of its ranges changes with it.
      CREATE TRIGGER article_search_document_text AFTER UPDATE OF text ON documents BEGIN
        INSERT OR IGNORE INTO search_pending (article_id)
          SELECT id FROM articles WHERE document_id = NEW.id;
      END;

      INSERT INTO article_search (rowid, start, text)
        SELECT a.id * ${BLOCK} + ${TITLE_SLOT}, NULL, a.title FROM articles a WHERE coalesce(a.title, '') <> '';
      INSERT INTO article_search (rowid, start, text)
        SELECT r.article_id * ${BLOCK} + row_number() OVER (PARTITION BY r.article_id ORDER BY r.start) - 1,
               r.start, substr(d.text, r.start + 1, r.end - r.start)
        FROM article_ranges r JOIN articles a ON a.id = r.article_id JOIN documents d ON d.id = a.document_id;
    `);
  },
};
