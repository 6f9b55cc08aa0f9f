import type Database from 'better-sqlite3';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';

function addValue(db: Database.Database): number {
  return Number(
    db
      .prepare(
        `INSERT INTO field_values (article_id, field_key, value, value_key, raw, origin, state,
                                   schema_id, schema_version, created_at, updated_at)
         VALUES (1, 'beds', '1', '1', '1张', 'extracted', 'suggested', 's', 1, ?, ?)`,
      )
      .run(at, at).lastInsertRowid,
  );
}

const spans = (db: Database.Database) =>
  db.prepare('SELECT value_id, start, end, text FROM value_spans ORDER BY 1, 2, 3').all();

describe('migration 13 (compact spans)', () => {
  it('is the thirteenth migration', () => {
    expect(migrations.find((m) => m.name === 'compact-spans')?.version).toBe(13);
  });

  it('keeps every span, drops the duplicate index, and keeps the constraints', () => {
    const db = databaseMigratedTo(12);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '床位𠀀张', 5, ?)",
    ).run(at);
    db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
    ).run(at, at);
    const first = addValue(db);
    const second = addValue(db);
    const insertSpan = db.prepare(
      'INSERT INTO value_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
    );
    insertSpan.run(second, 2, 3, '𠀀');
    insertSpan.run(first, 0, 2, '床位');
    insertSpan.run(first, 3, 4, '张');
    const before = spans(db);

    migrations.find((m) => m.version === 13)!.up(db);

    expect(spans(db)).toEqual(before);
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'value_spans'")
      .all();
    expect(indexes).toEqual([]);
    expect(
      db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'value_spans'").pluck().get(),
    ).toMatch(/WITHOUT ROWID/);
    // The same primary key, checks and cascade as before.
    expect(() => insertSpan.run(first, 0, 2, '床位')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insertSpan.run(first, 5, 5, '')).toThrow(/CHECK/);
    expect(() => insertSpan.run(999, 0, 1, '床')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM field_values WHERE id = ?').run(first);
    expect(spans(db)).toEqual([{ value_id: second, start: 2, end: 3, text: '𠀀' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
