import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migratedTo(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version <= version)) m.up(db);
  return db;
}

const at = '2026-01-01T00:00:00.000Z';
const changes = (db: Database.Database) =>
  db.prepare('SELECT field_key AS f, text AS t FROM learned_changes ORDER BY id').all();

describe('migration 19 (learned changes)', () => {
  it('logs the field and text of every vote and curator edit', () => {
    const db = migratedTo(19);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '协和医院', 4, ?)",
    ).run(at);
    db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
    ).run(at, at);
    db.prepare(
      `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
       VALUES (1, 1, 'hospital', 0, '"协和医院"', '"协和医院"', '协和 医院', 'curator', 'added', 'hospital-news', 1, ?, ?)`,
    ).run(at, at);
    db.prepare("UPDATE field_values SET state = 'rejected' WHERE id = 1").run();
    const entry = db.prepare(
      "INSERT INTO learned_entries (field_key, text, status, value, updated_at, updated_by) VALUES ('partners', '华山医院', 'kept', NULL, ?, 'cur')",
    );
    entry.run(at);
    db.prepare("UPDATE learned_entries SET status = 'removed'").run();
    db.prepare('DELETE FROM learned_entries').run();
    expect(changes(db)).toEqual([
      { f: 'hospital', t: '协和医院' }, // the curator's value: a vote
      { f: 'hospital', t: '协和医院' }, // rejected: the vote taken back…
      { f: 'hospital', t: '协和医院' }, // …and cast again
      { f: 'partners', t: '华山医院' },
      { f: 'partners', t: '华山医院' },
      { f: 'partners', t: '华山医院' },
    ]);
  });

  it('keeps the last 10,000 changes, with ids that only grow', () => {
    const db = migratedTo(19);
    const insert = db.prepare("INSERT INTO learned_changes (field_key, text) VALUES ('f', ?)");
    db.transaction(() => {
      for (let i = 0; i < 10_005; i++) insert.run(`t${i}`);
    })();
    const range = db
      .prepare('SELECT min(id) AS low, max(id) AS high, count(*) AS n FROM learned_changes')
      .get();
    expect(range).toEqual({ low: 6, high: 10_005, n: 10_000 });
  });
});
