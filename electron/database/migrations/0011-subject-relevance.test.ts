import type Database from 'better-sqlite3';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { migration0011SubjectRelevance } from './0011-subject-relevance';
import { migrations } from './index';

/** A database at the schema just before migration 11. */
function migratedTo10(): Database.Database {
  const db = databaseMigratedTo(10);
  return db;
}

const at = '2026-01-01T00:00:00.000Z';

describe('migration 11 (subject relevance)', () => {
  it('is the eleventh migration', () => {
    expect(migrations.find((m) => m.name === 'subject-relevance')?.version).toBe(11);
  });

  it('leaves existing articles unjudged and keeps only valid JSON in the flag', () => {
    const db = migratedTo10();
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '学校', 2, ?)",
    ).run(at);
    const insert = db.prepare(
      'INSERT INTO articles (document_id, ordinal, title, created_at, updated_at) VALUES (1, ?, NULL, ?, ?)',
    );
    const before = Number(insert.run(0, at, at).lastInsertRowid);

    migration0011SubjectRelevance.up(db);

    const flagOf = db.prepare('SELECT off_subject FROM articles WHERE id = ?').pluck();
    expect(flagOf.get(before)).toBeNull();
    const flag = JSON.stringify({ subject: { 'zh-CN': '医院', en: 'a hospital' }, reason: 'r' });
    db.prepare('UPDATE articles SET off_subject = ? WHERE id = ?').run(flag, before);
    expect(flagOf.get(before)).toBe(flag);
    expect(() =>
      db.prepare('UPDATE articles SET off_subject = ? WHERE id = ?').run('not json', before),
    ).toThrow(/CHECK constraint failed/);
  });

  it('finds off-subject articles through their own partial index', () => {
    const db = migratedTo10();
    migration0011SubjectRelevance.up(db);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM articles WHERE off_subject IS NOT NULL')
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toContain('articles_off_subject');
  });
});
