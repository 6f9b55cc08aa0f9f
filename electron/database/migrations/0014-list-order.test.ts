import type Database from 'better-sqlite3';
import { databaseMigratedTo, migrateBetween } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';

const at = '2026-01-01T00:00:00.000Z';

function addDocument(db: Database.Database, id: number, name: string) {
  db.prepare(
    `INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at)
     VALUES (?, ?, 'text', ?, 'utf-8', '医院', 2, ?)`,
  ).run(id, name, `h${id}`, at);
}

function addArticle(db: Database.Database, id: number, documentId: number, ordinal: number) {
  db.prepare(
    `INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(id, documentId, ordinal, at, at);
}

const documentNames = (db: Database.Database) =>
  db.prepare('SELECT id, document_name AS name FROM articles ORDER BY id').all();

describe('migration 14 (list order)', () => {
  it("copies each article's document name into it, then keeps the copy", () => {
    const db = databaseMigratedTo(13);
    addDocument(db, 1, 'b.txt');
    addDocument(db, 2, 'a.txt');
    addArticle(db, 1, 1, 0);
    addArticle(db, 2, 2, 0);
    migrateBetween(db, 13, 14);
    expect(documentNames(db)).toEqual([
      { id: 1, name: 'b.txt' },
      { id: 2, name: 'a.txt' },
    ]);

    addArticle(db, 3, 2, 1); // a new article takes its document's name
    db.prepare("UPDATE documents SET name = 'c.txt' WHERE id = 1").run(); // a rename follows
    db.prepare('UPDATE articles SET document_id = 1, ordinal = 1 WHERE id = 2').run(); // a move too
    expect(documentNames(db)).toEqual([
      { id: 1, name: 'c.txt' },
      { id: 2, name: 'c.txt' },
      { id: 3, name: 'a.txt' },
    ]);
  });

  it('reads each list order of a status or assignee filter from one index, without the table', () => {
    const db = databaseMigratedTo(14);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    const orders = [
      'document_name, document_id, ordinal, id',
      'updated_at, id',
      'text_length, id',
      'title, id',
    ];
    for (const filter of ["status = 'new'", 'assignee_id = 1', 'assignee_id IS NULL', '1'])
      for (const order of orders) {
        const detail = plan(`SELECT id FROM articles WHERE ${filter} ORDER BY ${order} LIMIT 5`);
        expect(detail, `${filter} / ${order}`).toMatch(/COVERING INDEX/);
        expect(detail, `${filter} / ${order}`).not.toMatch(/TEMP B-TREE/);
      }
  });
});
