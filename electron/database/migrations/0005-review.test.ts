import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migratedTo5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, 5)) m.up(db);
  return db;
}

const at = '2026-01-01T00:00:00.000Z';

describe('migration 5 (review)', () => {
  it('is the fifth migration', () => {
    expect(migrations[4]?.version).toBe(5);
  });

  it('keeps profiles with a known role and a unique, non-blank name', () => {
    const db = migratedTo5();
    const insert = db.prepare('INSERT INTO profiles (name, role, created_at) VALUES (?, ?, ?)');
    insert.run('王芳', 'curator', at);
    expect(() => insert.run('王芳', 'reviewer', at)).toThrow(/UNIQUE/);
    expect(() => insert.run('  ', 'curator', at)).toThrow(/CHECK/);
    expect(() => insert.run('李明', 'owner', at)).toThrow(/CHECK/);
  });

  it('assigns articles only to existing profiles and keeps comments with their article', () => {
    const db = migratedTo5();
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'x', 'utf-8', '正文', 2, ?)",
    ).run(at);
    db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
    ).run(at, at);
    db.prepare(
      "INSERT INTO profiles (id, name, role, created_at) VALUES (7, '王芳', 'curator', ?)",
    ).run(at);
    db.prepare('UPDATE articles SET assignee_id = 7 WHERE id = 1').run();
    expect(() => db.prepare('UPDATE articles SET assignee_id = 99 WHERE id = 1').run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare(
      "INSERT INTO comments (article_id, author, kind, body, at) VALUES (1, '李明', 'changes_requested', '医院名称不对', ?)",
    ).run(at);
    expect(() =>
      db
        .prepare(
          "INSERT INTO comments (article_id, author, kind, body, at) VALUES (1, '李明', 'shout', 'x', ?)",
        )
        .run(at),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
  });

  it('stores saved searches as valid JSON only', () => {
    const db = migratedTo5();
    const insert = db.prepare(
      "INSERT INTO saved_searches (name, filter, created_by, created_at) VALUES (?, ?, 'me', ?)",
    );
    insert.run('待审', '{"status":"submitted"}', at);
    expect(() => insert.run('坏的', 'not json', at)).toThrow(/CHECK/);
  });
});
