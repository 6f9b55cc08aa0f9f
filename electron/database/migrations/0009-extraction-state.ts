import type { Migration } from './types';

/**
 * Extraction state is part of each article: `extracted_at` is set in the same transaction that
 * stores the article's suggestions, so an import killed, stopped or out of disk between storing
 * a file and extracting it leaves articles with no `extracted_at`, which the next import (or
 * opening the project in the app) extracts and `gleaner check` lists. The partial index keeps
 * finding them one index read, however many articles are done. A trigger (below) keeps a split
 * from looking like an interrupted import.
 *
 * Existing files: an article that extraction already saw (its 'extract' audit row) takes that
 * time; one that holds values without such a row (restored from an export) counts as extracted
 * when it was created, since extracting it now would suggest beside values a curator kept.
 */
export const migration0009ExtractionState: Migration = {
  version: 9,
  name: 'extraction-state',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN extracted_at TEXT;
      UPDATE articles SET extracted_at = coalesce(
        (SELECT max(at) FROM audit
          WHERE entity = 'article' AND entity_id = articles.id AND action = 'extract'),
        CASE WHEN EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = articles.id)
             THEN created_at END);
      CREATE INDEX articles_not_extracted ON articles(id) WHERE extracted_at IS NULL;

      -- An article carved out of a page whose articles are all extracted (a segmentation
      -- correction's split, an undone merge) holds text extraction already read, and values
      -- moved with it: it counts as extracted, whichever code inserts it. An import's or a
      -- re-decode's articles have no extracted sibling, so they stay to be extracted.
      CREATE TRIGGER articles_extracted_with_page AFTER INSERT ON articles
        WHEN NEW.extracted_at IS NULL
         AND EXISTS (SELECT 1 FROM articles s
                      WHERE s.document_id = NEW.document_id AND s.id <> NEW.id)
         AND NOT EXISTS (SELECT 1 FROM articles s
                          WHERE s.document_id = NEW.document_id AND s.id <> NEW.id
                            AND s.extracted_at IS NULL) BEGIN
        UPDATE articles SET extracted_at = (SELECT max(s.extracted_at) FROM articles s
                                             WHERE s.document_id = NEW.document_id)
         WHERE id = NEW.id;
      END;
    `);
  },
};
