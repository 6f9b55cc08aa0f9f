import type { Migration } from './types';

/**
 * Whether an article is about the schema's subject (shared/extraction/relevance.ts), set by
 * extraction in the transaction that stores the article's suggestions. `off_subject` is NULL for
 * an article about the subject (or never judged: a schema without a subject), and otherwise JSON
 * `{"subject": {"zh-CN": …, "en": …}, "reason": …}`: what the list's badge names and why.
 *
 * Off-subject articles are few, so the list's "only off-subject" filter reads a partial index of
 * them alone, and "hide off-subject" is a NULL test on the row the list reads anyway.
 *
 * Existing files: every article stays unjudged until extraction next runs over it.
 */
export const migration0011SubjectRelevance: Migration = {
  version: 11,
  name: 'subject-relevance',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN off_subject TEXT
        CHECK (off_subject IS NULL OR json_valid(off_subject));
      CREATE INDEX articles_off_subject ON articles(id) WHERE off_subject IS NOT NULL;
    `);
  },
};
