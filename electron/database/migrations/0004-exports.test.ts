import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migratedTo4(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, 4)) m.up(db);
  return db;
}

const insert = `INSERT INTO exports (at, actor, format, filter, article_count, value_count, sha256, path)
  VALUES ('2026-01-01T00:00:00.000Z', 'me', ?, ?, ?, 3, ?, '/tmp/out.jsonl')`;
const sha = 'a'.repeat(64);

describe('migration 4 (exports)', () => {
  it('is the fourth migration and creates a STRICT exports table', () => {
    expect(migrations[3]?.version).toBe(4);
    const db = migratedTo4();
    const table = db
      .prepare("SELECT strict FROM pragma_table_list WHERE name = 'exports' AND schema = 'main'")
      .get() as { strict: number } | undefined;
    expect(table?.strict).toBe(1);
    expect(() => db.prepare(insert).run('jsonl', '{}', 'two', sha)).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
  });

  it('keeps a valid export and refuses a bad filter, hash, count or empty format', () => {
    const db = migratedTo4();
    db.prepare(insert).run('jsonl', '{"status":"approved"}', 2, sha);
    expect(() => db.prepare(insert).run('jsonl', 'not json', 2, sha)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('jsonl', '{}', 2, 'short')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('jsonl', '{}', -1, sha)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('', '{}', 2, sha)).toThrow(/CHECK/);
    expect(db.prepare('SELECT format, article_count FROM exports').all()).toEqual([
      { format: 'jsonl', article_count: 2 },
    ]);
  });
});
