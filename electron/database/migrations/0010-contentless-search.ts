import { SEARCH_TOKENIZER } from '../search-index-text';
import type { Migration } from './types';

/**
 * The search index keeps no copy of the text (issue 16, point 7: writes under 5× a page's size)
 * and finds 1–2 character queries through the index (issue 19: 省, 医院 at a million articles).
 *
 * Migration 6's table held every range's text a second time (FTS5's own content table) beside
 * trigrams without positions, so a match had to be checked against that copy and queries shorter
 * than three characters scanned it. This one is contentless (`content=''`: the text stays in
 * `documents` only) and holds one token per character with positions, so a query is a phrase
 * that matches exactly, whatever its length (see search-index-text.ts for what the index is
 * given). One row per article, its rowid the article's id: the title and every range, kept apart
 * by a token no query holds. `contentless_delete=1` lets a row be deleted by rowid alone.
 *
 * Existing files: the old table and the trigger that deleted from it by rowid block are dropped
 * and every article is queued in `search_pending`. The index is then rebuilt in the background
 * with its own progress (opening the project starts it, as does the next import), and queued
 * articles are found on their live text meanwhile, as after an import. Building it here would
 * hold the project closed for minutes on a big file, and needs the tokenizing in
 * search-index-text.ts. Migration 6's other triggers go on queueing changed articles as before.
 */
export const migration0010ContentlessSearch: Migration = {
  version: 10,
  name: 'contentless-search',
  up(db) {
    db.exec(`
      DROP TRIGGER article_search_article_delete;
      DROP TABLE article_search;
      CREATE VIRTUAL TABLE article_search USING fts5(
        text, tokenize = "${SEARCH_TOKENIZER}", detail = full, content = '', contentless_delete = 1);
      -- As in migration 6: FTS5 writes the text it holds in memory out as a new segment every
      -- 'hashsize' bytes, and merging many small segments was most of a flush's cost.
      INSERT INTO article_search (article_search, rank) VALUES ('hashsize', ${16 * 1024 * 1024});

      CREATE TRIGGER article_search_article_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = OLD.id;
        DELETE FROM search_pending WHERE article_id = OLD.id;
      END;

      INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
    `);
  },
};
