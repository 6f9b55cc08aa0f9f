import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001Initial } from './0001-initial';
import { migration0002Import } from './0002-import';

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migration0001Initial.up(db);
  db.exec(`INSERT INTO documents (name, kind, sha256, encoding, text, char_count, imported_at)
           VALUES ('old.txt', 'text', 'h', 'utf-8', '旧文', 2, 'then')`);
  migration0002Import.up(db);
  return db;
}

describe('migration 2 (import)', () => {
  it('keeps documents imported before it, with defaults for the new columns', () => {
    const db = migrated();
    expect(db.prepare('SELECT name, bom, source_row, metadata FROM documents').get()).toEqual({
      name: 'old.txt',
      bom: 0,
      source_row: null,
      metadata: null,
    });
  });

  it('stores marks that go with their document and refuses unknown kinds', () => {
    const db = migrated();
    db.prepare(
      "INSERT INTO document_marks (document_id, kind, start, end, reason) VALUES (1, 'chrome', 0, 1, 'footer')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO document_marks (document_id, kind, start, end, reason) VALUES (1, 'ad', 0, 1, 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM documents').run();
    expect(db.prepare('SELECT count(*) AS n FROM document_marks').get()).toEqual({ n: 0 });
  });

  it('remembers one column mapping per set of columns', () => {
    const db = migrated();
    const upsert = db.prepare(
      `INSERT INTO import_mappings (columns_key, text_column, metadata_columns, updated_at) VALUES (?, ?, '[]', 'now')
       ON CONFLICT(columns_key) DO UPDATE SET text_column = excluded.text_column`,
    );
    upsert.run('body|title', 'body');
    upsert.run('body|title', 'title');
    expect(db.prepare('SELECT text_column FROM import_mappings').all()).toEqual([
      { text_column: 'title' },
    ]);
  });
});
