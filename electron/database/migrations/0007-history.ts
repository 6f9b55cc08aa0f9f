import type { Migration } from './types';

/**
 * An article's history includes the rows of its values, which name the article inside their JSON
 * (`after.article`, or `before.article` for a removal). These expression indexes let that lookup
 * read a few index entries instead of every audit row; queries must use the same expressions.
 */
export const migration0007History: Migration = {
  version: 7,
  name: 'history',
  up(db) {
    db.exec(`
      CREATE INDEX audit_after_article ON audit(json_extract(after, '$.article'));
      CREATE INDEX audit_before_article ON audit(json_extract(before, '$.article'));
    `);
  },
};
