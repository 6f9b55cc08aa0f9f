import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migratedTo3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, 3)) m.up(db);
  db.exec(`INSERT INTO documents (name, kind, sha256, encoding, text, char_count, imported_at) VALUES ('a', 'text', 'h', 'utf-8', '医院', 2, 'now');
           INSERT INTO articles (document_id, ordinal, created_at, updated_at) VALUES (1, 0, 'now', 'now');`);
  return db;
}

const insertValue = `INSERT INTO field_values (article_id, field_key, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
  VALUES (1, 'hospital', '"医院"', '"医院"', '医院', ?, ?, 'hospital-news', 1, 'now', 'now')`;

describe('migration 3 (fields)', () => {
  it('stores values with spans that go with their article', () => {
    const db = migratedTo3();
    const id = Number(db.prepare(insertValue).run('extracted', 'suggested').lastInsertRowid);
    db.prepare("INSERT INTO value_spans (value_id, start, end, text) VALUES (?, 0, 2, '医院')").run(
      id,
    );
    db.prepare('DELETE FROM articles').run();
    expect(db.prepare('SELECT count(*) AS n FROM value_spans').get()).toEqual({ n: 0 });
  });

  it('refuses unknown states and origins, and empty spans', () => {
    const db = migratedTo3();
    expect(() => db.prepare(insertValue).run('extracted', 'maybe')).toThrow(/CHECK/);
    expect(() => db.prepare(insertValue).run('robot', 'suggested')).toThrow(/CHECK/);
    const id = Number(db.prepare(insertValue).run('curator', 'added').lastInsertRowid);
    expect(() =>
      db
        .prepare("INSERT INTO value_spans (value_id, start, end, text) VALUES (?, 3, 3, '')")
        .run(id),
    ).toThrow(/CHECK/);
  });
});
