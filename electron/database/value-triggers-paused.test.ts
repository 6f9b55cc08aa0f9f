import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { openProjectDatabase } from './open-project';
import { writeValueStatesAsSet } from './value-triggers-paused';

const tempDir = useTempDir();
const at = '2026-01-01T00:00:00.000Z';

function projectWithSuggestions() {
  const db = openProjectDatabase(path.join(tempDir(), 'p.gleaner'));
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '床位八百张', 5, ?)",
  ).run(at);
  db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
  ).run(at, at);
  for (const id of [1, 2, 3])
    db.prepare(
      `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, extractor, state, schema_id, schema_version, created_at, updated_at)
       VALUES (?, 1, 'beds', ?, '800', '800', '八百', 'extracted', 'rule:beds@1', 'suggested', 's', 1, ?, ?)`,
    ).run(id, id, at, at);
  return db;
}

describe('writeValueStatesAsSet', () => {
  it('never leaves the triggers paused: a write that fails is undone whole, and other writes count', () => {
    const db = projectWithSuggestions();
    const counter = () =>
      db.prepare("SELECT n FROM change_counters WHERE name = 'values'").pluck().get() as number;
    const start = counter();
    expect(() => writeValueStatesAsSet(db, 'suggested', 'accepted', () => [])).toThrow(
      /inside the transaction/,
    );

    db.transaction(() => {
      expect(() =>
        writeValueStatesAsSet(db, 'suggested', 'accepted', () => {
          db.prepare("UPDATE field_values SET state = 'accepted' WHERE id = 1").run();
          throw new Error('disk full');
        }),
      ).toThrow('disk full');
      // Caught inside the same transaction: the failed write left nothing uncounted behind, and
      // the next row-by-row write is counted again.
      expect(db.prepare('SELECT state FROM field_values WHERE id = 1').pluck().get()).toBe(
        'suggested',
      );
      db.prepare("UPDATE field_values SET state = 'accepted' WHERE id = 2").run();
    })();
    expect(db.prepare('SELECT count(*) FROM value_triggers_paused').pluck().get()).toBe(0);
    expect(counter()).toBe(start + 1);
    expect(db.prepare('SELECT value_id FROM learned_votes').pluck().all()).toEqual([2]);

    db.transaction(() =>
      writeValueStatesAsSet(
        db,
        'suggested',
        'accepted',
        () =>
          db
            .prepare(
              "UPDATE field_values SET state = 'accepted' WHERE id = 3 RETURNING id AS valueId, extractor, origin",
            )
            .all() as { valueId: number; extractor: string; origin: string }[],
      ),
    )();
    expect(counter()).toBe(start + 2);
    expect(db.prepare('SELECT value_id FROM learned_votes ORDER BY 1').pluck().all()).toEqual([
      2, 3,
    ]);
    db.close();
  });
});
