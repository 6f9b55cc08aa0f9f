import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migratedTo7(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, 7)) m.up(db);
  return db;
}

describe('migration 7 (history)', () => {
  it('is the seventh migration', () => {
    expect(migrations[6]?.version).toBe(7);
  });

  it("finds a value's audit rows by the article named in their JSON through an index", () => {
    const db = migratedTo7();
    const insert = db.prepare(
      "INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES ('2026-01-01', 'me', 'value', ?, ?, ?, ?)",
    );
    insert.run(1, 'edit', '{"article":7,"value":"a"}', '{"article":7,"value":"b"}');
    insert.run(2, 'remove', '{"article":7}', null);
    insert.run(3, 'edit', '{"article":8}', '{"article":8}');
    const byAfter = "SELECT entity_id AS id FROM audit WHERE json_extract(after, '$.article') = ?";
    const byBefore =
      "SELECT entity_id AS id FROM audit WHERE json_extract(before, '$.article') = ?";
    expect(db.prepare(byAfter).all(7)).toEqual([{ id: 1 }]);
    expect(db.prepare(byBefore).all(7)).toEqual([{ id: 1 }, { id: 2 }]);
    const plan = (sql: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(7) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(plan(byAfter)).toContain('audit_after_article');
    expect(plan(byBefore)).toContain('audit_before_article');
  });
});
