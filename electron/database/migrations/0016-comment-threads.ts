import type { Migration } from './types';

/**
 * Comments become threads anchored where the work is (issue 21.4). A comment with no `reply_to`
 * starts a thread; its replies name it. A thread is anchored to its article, to one value
 * (`value_id`, as before) or to a span of the stored text (`span_start`/`span_end`, code points
 * of the document text, like value spans). A thread is open until someone resolves it
 * (`resolved_at`/`resolved_by`, on the thread's first comment); reopening clears them.
 *
 * Existing comments each become a thread of their own, still on their article or value, open —
 * except an approval's note, which closed the conversation when it was written and so starts
 * out resolved by its author at its time. The partial index counts an article's open threads
 * (the article list shows the count and filters on it) without reading its replies.
 */
export const migration0016CommentThreads: Migration = {
  version: 16,
  name: 'comment-threads',
  up(db) {
    db.exec(`
      ALTER TABLE comments ADD COLUMN reply_to INTEGER REFERENCES comments(id) ON DELETE CASCADE;
      ALTER TABLE comments ADD COLUMN span_start INTEGER CHECK (span_start >= 0);
      ALTER TABLE comments ADD COLUMN span_end INTEGER
        CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_end IS NULL OR span_end > span_start));
      ALTER TABLE comments ADD COLUMN resolved_at TEXT;
      ALTER TABLE comments ADD COLUMN resolved_by TEXT
        CHECK ((resolved_at IS NULL) = (resolved_by IS NULL));

      CREATE INDEX comments_replies ON comments(reply_to) WHERE reply_to IS NOT NULL;
      CREATE INDEX comments_open_threads ON comments(article_id)
        WHERE reply_to IS NULL AND resolved_at IS NULL;

      UPDATE comments SET resolved_at = at, resolved_by = author WHERE kind = 'approved';
    `);
  },
};
