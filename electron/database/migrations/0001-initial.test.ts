import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001Initial } from './0001-initial';

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migration0001Initial.up(db);
  return db;
}

function insertDocument(db: Database.Database, sha = 'abc'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO documents (name, kind, sha256, encoding, text, char_count, imported_at)
         VALUES ('a.txt', 'text', ?, 'utf-8', '正文', 2, '2026-01-01')`,
      )
      .run(sha).lastInsertRowid,
  );
}

describe('migration 1 (initial)', () => {
  it('creates STRICT tables that refuse values of the wrong type', () => {
    const db = migrated();
    const strictTables = db
      .prepare("SELECT name FROM pragma_table_list WHERE strict = 1 AND schema = 'main'")
      .all() as { name: string }[];
    expect(strictTables.map((t) => t.name).sort()).toEqual([
      'article_ranges',
      'articles',
      'audit',
      'documents',
      'meta',
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO documents (name, kind, sha256, encoding, text, char_count, imported_at)
           VALUES ('a', 'text', 'x', 'utf-8', 't', 'many', 'now')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('refuses the same decoded text twice and unknown statuses', () => {
    const db = migrated();
    insertDocument(db, 'same');
    expect(() => insertDocument(db, 'same')).toThrow(/UNIQUE/);
    const documentId = insertDocument(db, 'other');
    expect(() =>
      db
        .prepare(
          "INSERT INTO articles (document_id, ordinal, status, created_at, updated_at) VALUES (?, 0, 'done', 'now', 'now')",
        )
        .run(documentId),
    ).toThrow(/CHECK/);
  });

  it('deletes articles and their ranges with their document', () => {
    const db = migrated();
    const documentId = insertDocument(db);
    const articleId = Number(
      db
        .prepare(
          "INSERT INTO articles (document_id, ordinal, created_at, updated_at) VALUES (?, 0, 'now', 'now')",
        )
        .run(documentId).lastInsertRowid,
    );
    db.prepare('INSERT INTO article_ranges (article_id, start, end) VALUES (?, 0, 2)').run(
      articleId,
    );
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect(db.prepare('SELECT count(*) AS n FROM article_ranges').get()).toEqual({ n: 0 });
  });

  it('keeps the audit log append-only', () => {
    const db = migrated();
    db.prepare(
      "INSERT INTO audit (at, actor, entity, action) VALUES ('now', 'me', 'article', 'edit')",
    ).run();
    expect(() => db.prepare("UPDATE audit SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT actor FROM audit').get()).toEqual({ actor: 'me' });
  });
});
