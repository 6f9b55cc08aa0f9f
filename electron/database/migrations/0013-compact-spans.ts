import type { Migration } from './types';

/**
 * A value's spans stored in their primary key's order, without a rowid (issue 16, point 7).
 * As a rowid table, value_spans kept every span twice: in the table and in the index SQLite
 * builds for its primary key (value_id, start, end); a page of 73,427 articles wrote both, 22 MB
 * and 13 MB. WITHOUT ROWID keeps the rows in that key's b-tree alone; every query reads spans by
 * value_id, so each still finds them through the key, in the same order.
 */
export const migration0013CompactSpans: Migration = {
  version: 13,
  name: 'compact-spans',
  up(db) {
    db.exec(`
      CREATE TABLE value_spans_compact (
        value_id INTEGER NOT NULL REFERENCES field_values(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end > start),
        text TEXT NOT NULL,
        PRIMARY KEY (value_id, start, end)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO value_spans_compact (value_id, start, end, text)
        SELECT value_id, start, end, text FROM value_spans;
      DROP TABLE value_spans;
      ALTER TABLE value_spans_compact RENAME TO value_spans;
    `);
  },
};
