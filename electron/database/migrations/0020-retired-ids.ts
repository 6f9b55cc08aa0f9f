import type { Migration } from './types';

/** The tables whose ids windows, undo and audit rows hold on to, and the audit entities naming them. */
const TABLES = [
  { table: 'field_values', entities: "'value', 'replaced-value'" },
  { table: 'articles', entities: "'article', 'replaced-article'" },
] as const;

/**
 * An id names one value or one article for the life of the project (issue 16: undo after another
 * window's change). Both tables are rowid tables without AUTOINCREMENT, so SQLite gave a new row
 * one above the largest id left: a value removed as the newest row had its id handed to the next
 * value added, anywhere in the project. A window still showing the removed value (or its undo of
 * the add) then passed the revision check against the new one and changed or removed it; an
 * article merged away as the newest lost its id to the next import, and the merge could no longer
 * be undone. `retired_ids` keeps the highest id each table has ever given out, raised by every
 * delete; new rows take their id above it (`next_row_ids`). Seeded from the rows and from the ids
 * the audit log names, so ids removed before this migration are not given out either.
 */
export const migration0020RetiredIds: Migration = {
  version: 20,
  name: 'retired-ids',
  up(db) {
    db.exec(`
      CREATE TABLE retired_ids (
        table_name TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT;
    `);
    for (const { table, entities } of TABLES) {
      db.exec(`
        INSERT INTO retired_ids (table_name, last) VALUES ('${table}', max(
          coalesce((SELECT max(id) FROM ${table}), 0),
          coalesce((SELECT max(entity_id) FROM audit WHERE entity IN (${entities})), 0)));
        CREATE TRIGGER ${table}_retire_id AFTER DELETE ON ${table} BEGIN
          UPDATE retired_ids SET last = OLD.id WHERE table_name = '${table}' AND last < OLD.id;
        END;
      `);
    }
    db.exec(`
      CREATE VIEW next_row_ids AS SELECT
        max(coalesce((SELECT max(id) FROM field_values), 0),
            (SELECT last FROM retired_ids WHERE table_name = 'field_values')) + 1 AS field_values,
        max(coalesce((SELECT max(id) FROM articles), 0),
            (SELECT last FROM retired_ids WHERE table_name = 'articles')) + 1 AS articles;
    `);
  },
};
