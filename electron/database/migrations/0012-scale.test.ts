import type Database from 'better-sqlite3';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';

function addValue(
  db: Database.Database,
  state: string,
  extractor: string | null,
  origin = 'extracted',
) {
  return Number(
    db
      .prepare(
        `INSERT INTO field_values (article_id, field_key, value, value_key, raw, origin, extractor, state,
                                   schema_id, schema_version, created_at, updated_at)
         VALUES (1, 'beds', '1', '1', '1张', ?, ?, ?, 's', 1, ?, ?)`,
      )
      .run(origin, extractor, state, at, at).lastInsertRowid,
  );
}

const outcomeCounts = (db: Database.Database) =>
  db
    .prepare('SELECT extractor, state, n FROM extractor_outcome_counts WHERE n <> 0 ORDER BY 1, 2')
    .all();
const groupedValues = (db: Database.Database) =>
  db
    .prepare(
      `SELECT coalesce(extractor, 'unknown') AS extractor, state, count(*) AS n FROM field_values
       WHERE origin = 'extracted' GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
const counter = (db: Database.Database, name: string) =>
  (db.prepare('SELECT n FROM change_counters WHERE name = ?').get(name) as { n: number }).n;

describe('migration 12 (scale)', () => {
  it('counts the extracted values of an existing file per rule and state, then keeps counting', () => {
    const db = databaseMigratedTo(11);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '医院', 2, ?)",
    ).run(at);
    db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
    ).run(at, at);
    addValue(db, 'suggested', 'rule:beds@1');
    addValue(db, 'accepted', 'rule:beds@1');
    addValue(db, 'added', null, 'curator');
    migrations.find((m) => m.version === 12)!.up(db);
    expect(outcomeCounts(db)).toEqual(groupedValues(db));

    const values = counter(db, 'values');
    const id = addValue(db, 'suggested', null);
    db.prepare("UPDATE field_values SET state = 'rejected' WHERE id = ?").run(id);
    db.prepare("UPDATE field_values SET state = 'accepted' WHERE extractor = 'rule:beds@1'").run();
    db.prepare(
      "DELETE FROM field_values WHERE state = 'accepted' AND rowid = (SELECT min(rowid) FROM field_values)",
    ).run();
    expect(outcomeCounts(db)).toEqual(groupedValues(db));
    expect(counter(db, 'values')).toBeGreaterThan(values);

    // Whatever changes in an article moves the articles' counter; a value does not.
    const articles = counter(db, 'articles');
    db.prepare("UPDATE articles SET status = 'submitted'").run();
    db.prepare('INSERT INTO article_ranges (article_id, start, end) VALUES (1, 0, 2)').run();
    expect(counter(db, 'articles')).toBeGreaterThanOrEqual(articles + 2);
    const beforeValue = counter(db, 'articles');
    addValue(db, 'suggested', 'rule:beds@1');
    expect(counter(db, 'articles')).toBe(beforeValue);
  });

  it('gives each sort of the article list an index, so a page is read in order', () => {
    const db = databaseMigratedTo(12);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    expect(plan('SELECT id FROM articles ORDER BY updated_at, id LIMIT 5')).not.toContain(
      'TEMP B-TREE',
    );
    expect(
      plan("SELECT id FROM articles ORDER BY title IS NULL, coalesce(title, ''), id LIMIT 5"),
    ).not.toContain('TEMP B-TREE');
    expect(
      plan(
        "SELECT id FROM articles ORDER BY title IS NOT NULL DESC, coalesce(title, '') DESC, id DESC LIMIT 5",
      ),
    ).not.toContain('TEMP B-TREE');
  });
});
