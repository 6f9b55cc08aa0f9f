import type { Migration } from './types';

/**
 * An article's ranges stored in their primary key's order, without a rowid (issue 16, point 7),
 * as migration 13 did for value spans: as a rowid table, article_ranges kept each range twice, in
 * the table and in the index SQLite builds for its key (article_id, start). Every query reads
 * ranges by article_id, so each still finds them through the key, in the same order.
 *
 * Dropping the old table drops its triggers, and a trigger of another table that names it
 * (an article's length) would stop the rename: every trigger whose text names article_ranges is
 * dropped first and created again, word for word, once the new table has the name.
 */
export const migration0022CompactRanges: Migration = {
  version: 22,
  name: 'compact-ranges',
  up(db) {
    const triggers = db
      .prepare(
        `SELECT name, sql FROM sqlite_schema
          WHERE type = 'trigger' AND (tbl_name = 'article_ranges' OR sql LIKE '%article_ranges%')
          ORDER BY rowid`,
      )
      .all() as { name: string; sql: string }[];
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    db.exec(`
      CREATE TABLE article_ranges_compact (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        PRIMARY KEY (article_id, start)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO article_ranges_compact (article_id, start, end)
        SELECT article_id, start, end FROM article_ranges;
      DROP TABLE article_ranges;
      ALTER TABLE article_ranges_compact RENAME TO article_ranges;
    `);
    for (const t of triggers) db.exec(t.sql);
  },
};
