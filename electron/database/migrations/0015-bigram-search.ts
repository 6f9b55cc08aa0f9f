import type { Migration } from './types';

/**
 * The tokenizer of migration 10, written out here so this migration never changes with the code
 * (search-index-text.ts's SEARCH_TOKENIZER is the same string, which a test checks).
 */
const TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cn Cf'`;
/** As in migrations 6 and 10: FTS5 writes its in-memory text out as a segment every 16 MB. */
const HASHSIZE = 16 * 1024 * 1024;

/**
 * Search fast at a million articles (issue 19, point 3): the index of migration 10 held one token
 * per character, so every query merged the position lists of common characters (a 4-character
 * query took 1.8 s at 300,000 articles, 省 4.2 s). Its one table is replaced by two, both
 * contentless, one row per article (rowid = article id), see search-index-text.ts:
 *
 * - `article_search`: one token per character, with positions: a common character (GB2312 level
 *   1, ASCII, punctuation) followed by another is a bigram of the two, any other character a
 *   token alone. A query of 2+ characters is a phrase of the same tokens.
 * - `article_search_chars`: each common character the article holds, once, without positions
 *   (`detail=none`): a 1-character query is one token's list of articles.
 *
 * Every article is queued in `search_pending` and the index rebuilt in the background with its
 * own progress, as after migration 10; queued articles are found on their live text meanwhile.
 * The delete trigger is recreated to delete from both tables; migration 6's other triggers go on
 * queueing changed articles.
 */
export const migration0015BigramSearch: Migration = {
  version: 15,
  name: 'bigram-search',
  up(db) {
    db.exec(`
      DROP TRIGGER article_search_article_delete;
      DROP TABLE article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        text, tokenize = "${TOKENIZER}", detail = full, content = '', contentless_delete = 1);
      INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ${HASHSIZE});
      CREATE VIRTUAL TABLE article_search_chars USING fts5(
        text, tokenize = "${TOKENIZER}", detail = none, content = '', contentless_delete = 1);
      INSERT INTO article_search_chars (article_search_chars, rank) VALUES ('hashsize', ${HASHSIZE});

      CREATE TRIGGER article_search_article_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = OLD.id;
        DELETE FROM article_search_chars WHERE rowid = OLD.id;
        DELETE FROM search_pending WHERE article_id = OLD.id;
      END;

      DELETE FROM search_pending;
      INSERT INTO search_pending (article_id) SELECT id FROM articles;
    `);
  },
};
