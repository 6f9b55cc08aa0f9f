import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migratedTo(db: Database.Database, version: number): void {
  const done = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations.filter((m) => m.version > done && m.version <= version)) m.up(db);
  db.pragma(`user_version = ${version}`);
}

const at = '2026-01-01T00:00:00.000Z';

function addValue(db: Database.Database, id: number | null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
         VALUES (coalesce(?, (SELECT field_values FROM next_row_ids)), 1, 'beds', 0, '800', '800', '八百', 'curator', 'added', 's', 1, ?, ?)`,
      )
      .run(id, at, at).lastInsertRowid,
  );
}

describe('migration 20 (retired ids)', () => {
  it('never gives a removed value’s id to a new one, nor an id the audit log names', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migratedTo(db, 19);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '床位八百张', 5, ?)",
    ).run(at);
    db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
    ).run(at, at);
    db.exec(`
      INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
        VALUES (3, 1, 'beds', 0, '800', '800', '八百', 'curator', 'added', 's', 1, '${at}', '${at}');
      -- Value 7 was removed before this migration: only the log remembers it.
      INSERT INTO audit (id, at, actor, entity, entity_id, action, hash)
        VALUES (1, '${at}', 'wang', 'value', 7, 'remove', zeroblob(32));
    `);
    migratedTo(db, 20);
    expect(addValue(db, null)).toBe(8);
    // The newest value removed: the next one still takes a new id.
    db.prepare('DELETE FROM field_values WHERE id = 8').run();
    expect(addValue(db, null)).toBe(9);
    // A row put back under its own id (an undo) keeps it.
    db.prepare('DELETE FROM field_values WHERE id = 9').run();
    expect(addValue(db, 9)).toBe(9);
    expect(db.prepare('SELECT articles FROM next_row_ids').get()).toEqual({ articles: 2 });
  });
});
