import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';

function projectWithTwoSuggestions(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version <= 21)) m.up(db);
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '床位八百张', 5, ?)",
  ).run(at);
  db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
  ).run(at, at);
  for (const id of [1, 2])
    db.prepare(
      `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, extractor, state, schema_id, schema_version, created_at, updated_at)
       VALUES (?, 1, 'beds', ?, '800', '800', '八 百', 'extracted', 'rule:beds@1', 'suggested', 's', 1, ?, ?)`,
    ).run(id, id, at, at);
  return db;
}

/** What the three triggers of migration 21 keep, read back. */
function kept(db: Database.Database) {
  return {
    values: db.prepare("SELECT n FROM change_counters WHERE name = 'values'").pluck().get(),
    outcomes: db
      .prepare('SELECT extractor, state, n FROM extractor_outcome_counts ORDER BY 2')
      .all(),
    votes: db.prepare('SELECT value_id, text, kind FROM learned_votes ORDER BY 1').all(),
  };
}

describe('migration 21 (set-based value writes)', () => {
  it('keeps the counters and votes for every write, and skips them only while paused', () => {
    const db = projectWithTwoSuggestions();
    const before = kept(db);
    expect(before.outcomes).toEqual([{ extractor: 'rule:beds@1', state: 'suggested', n: 2 }]);
    expect(db.prepare('SELECT count(*) FROM value_triggers_paused').pluck().get()).toBe(0);

    db.prepare("UPDATE field_values SET state = 'accepted' WHERE id = 1").run();
    expect(kept(db)).toEqual({
      values: (before.values as number) + 1,
      outcomes: [
        { extractor: 'rule:beds@1', state: 'accepted', n: 1 },
        { extractor: 'rule:beds@1', state: 'suggested', n: 1 },
      ],
      votes: [{ value_id: 1, text: '八百', kind: 'keep' }],
    });

    const accepted = kept(db);
    db.transaction(() => {
      db.prepare('INSERT INTO value_triggers_paused (one) VALUES (1)').run();
      db.prepare("UPDATE field_values SET state = 'rejected' WHERE id = 2").run();
      expect(kept(db)).toEqual(accepted);
      db.prepare('DELETE FROM value_triggers_paused').run();
    })();
    db.prepare("UPDATE field_values SET state = 'suggested' WHERE id = 1").run();
    expect(kept(db).votes).toEqual([]);
    expect(kept(db).values).toBe((accepted.values as number) + 1);
  });
});
