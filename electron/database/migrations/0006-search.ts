import type { Migration } from './types';

/**
 * Search rows are keyed so that one article's rows form one small rowid block: `articleId * 4096`
 * plus a slot, the title in the block's last slot (4095), the article's ranges in the slots
 * before it (a range's `start` is kept beside its text to find its row again). Dense rowids keep
 * the index small: FTS5 stores rowid deltas, and 2^32-wide blocks measured twice the size.
 * SQLite's substr() counts characters (code points), like our offsets.
 */
const BLOCK = 4096;
const TITLE_SLOT = BLOCK - 1;

const block = (articleId: string): string =>
  `rowid BETWEEN ${articleId} * ${BLOCK} AND ${articleId} * ${BLOCK} + ${TITLE_SLOT - 1}`;

const rangeRow = (range: string): string => `
  SELECT RAISE(ABORT, 'an article can have at most ${TITLE_SLOT} ranges')
    WHERE (SELECT max(rowid) FROM article_search WHERE ${block(`${range}.article_id`)})
          = ${range}.article_id * ${BLOCK} + ${TITLE_SLOT - 1};
  INSERT INTO article_search (rowid, start, text)
    SELECT coalesce((SELECT max(rowid) + 1 FROM article_search WHERE ${block(`${range}.article_id`)}),
                    ${range}.article_id * ${BLOCK}),
           ${range}.start, substr(d.text, ${range}.start + 1, ${range}.end - ${range}.start)
    FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ${range}.article_id;`;

const deleteRangeRow = (range: string): string => `
  DELETE FROM article_search WHERE ${block(`${range}.article_id`)} AND start = ${range}.start;`;

const titleRow = (article: string): string => `
  INSERT INTO article_search (rowid, start, text)
    SELECT ${article}.id * ${BLOCK} + ${TITLE_SLOT}, NULL, ${article}.title
    WHERE coalesce(${article}.title, '') <> '';`;

/**
 * Full-text search over article titles and text: FTS5 with trigram tokens (Chinese needs no word
 * segmentation; any substring of 3+ characters is found through the index with LIKE; 1–2
 * character queries scan the stored text).
 *
 * One row per article range and one for the title, so that import (which inserts an article, then
 * its ranges, one file per transaction) indexes each piece of text exactly once; rebuilding a
 * whole-article row on every range insert measured 2.3× the import time. `detail=none` halves
 * the indexing cost again and the index size; it rules out MATCH phrases, which LIKE replaces.
 * A match therefore lies inside one range or the title, which is what "joined by a line break"
 * would give too.
 *
 * Triggers keep the rows in step with the tables that define the text, so import, segmentation
 * corrections, re-decoding and JSONL restore need no search code of their own.
 */
export const migration0006Search: Migration = {
  version: 6,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search
        USING fts5(start UNINDEXED, text, tokenize = 'trigram', detail = none);

      CREATE TRIGGER article_search_article_insert AFTER INSERT ON articles BEGIN
        ${titleRow('NEW')}
      END;
      CREATE TRIGGER article_search_title_update AFTER UPDATE OF title ON articles
        WHEN OLD.title IS NOT NEW.title BEGIN
        DELETE FROM article_search WHERE rowid = OLD.id * ${BLOCK} + ${TITLE_SLOT};
        ${titleRow('NEW')}
      END;
      CREATE TRIGGER article_search_article_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search
          WHERE rowid BETWEEN OLD.id * ${BLOCK} AND OLD.id * ${BLOCK} + ${TITLE_SLOT};
      END;

      CREATE TRIGGER article_search_range_insert AFTER INSERT ON article_ranges BEGIN
        ${rangeRow('NEW')}
      END;
      CREATE TRIGGER article_search_range_update AFTER UPDATE ON article_ranges BEGIN
        ${deleteRangeRow('OLD')}
        ${rangeRow('NEW')}
      END;
      CREATE TRIGGER article_search_range_delete AFTER DELETE ON article_ranges BEGIN
        ${deleteRangeRow('OLD')}
      END;

      -- Re-decoding replaces a document's text; the text of its ranges changes with it.
      CREATE TRIGGER article_search_document_text AFTER UPDATE OF text ON documents BEGIN
        DELETE FROM article_search WHERE rowid IN (
          SELECT s.rowid FROM articles a JOIN article_search s
            ON s.rowid BETWEEN a.id * ${BLOCK} AND a.id * ${BLOCK} + ${TITLE_SLOT - 1}
          WHERE a.document_id = NEW.id);
        INSERT INTO article_search (rowid, start, text)
          SELECT r.article_id * ${BLOCK} + row_number() OVER (PARTITION BY r.article_id ORDER BY r.start) - 1,
                 r.start, substr(NEW.text, r.start + 1, r.end - r.start)
          FROM article_ranges r JOIN articles a ON a.id = r.article_id WHERE a.document_id = NEW.id;
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
