import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';

const ranges = (db: Database.Database) =>
  db.prepare('SELECT article_id, start, end FROM article_ranges ORDER BY 1, 2').all();
const lengths = (db: Database.Database) =>
  db.prepare('SELECT id, text_length FROM articles ORDER BY id').all();
const triggers = (db: Database.Database) =>
  db
    .prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
    .all();

describe('migration 22 (compact ranges)', () => {
  it('is the twenty-second migration', () => {
    expect(migrations.find((m) => m.name === 'compact-ranges')?.version).toBe(22);
  });

  it('keeps every range and trigger, drops the duplicate index, and keeps the constraints', () => {
    const db = databaseMigratedTo(21);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '床位八百张。新门诊楼投用。', 13, ?)",
    ).run(at);
    const article = db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (?, 1, ?, ?, ?)',
    );
    article.run(1, 0, at, at);
    article.run(2, 1, at, at);
    const insertRange = db.prepare(
      'INSERT INTO article_ranges (article_id, start, end) VALUES (?, ?, ?)',
    );
    insertRange.run(2, 6, 13);
    insertRange.run(1, 3, 6);
    insertRange.run(1, 0, 2);
    const before = { ranges: ranges(db), lengths: lengths(db), triggers: triggers(db) };

    migrations.find((m) => m.version === 22)!.up(db);

    expect(ranges(db)).toEqual(before.ranges);
    expect(lengths(db)).toEqual(before.lengths);
    expect(triggers(db)).toEqual(before.triggers);
    expect(
      db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'article_ranges'",
        )
        .all(),
    ).toEqual([]);
    expect(
      db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_ranges'").pluck().get(),
    ).toMatch(/WITHOUT ROWID/);
    // The same key, checks and cascade as before, and the triggers still run: a new range
    // lengthens its article.
    expect(() => insertRange.run(1, 0, 1)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insertRange.run(1, 9, 8)).toThrow(/CHECK/);
    expect(() => insertRange.run(999, 0, 1)).toThrow(/FOREIGN KEY/);
    insertRange.run(1, 7, 9);
    expect(lengths(db)).toEqual([
      { id: 1, text_length: 7 },
      { id: 2, text_length: 7 },
    ]);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(ranges(db)).toEqual([
      { article_id: 1, start: 0, end: 2 },
      { article_id: 1, start: 3, end: 6 },
      { article_id: 1, start: 7, end: 9 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
