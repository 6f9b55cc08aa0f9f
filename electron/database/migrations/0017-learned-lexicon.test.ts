import type Database from 'better-sqlite3';
import { databaseMigratedTo, migrateBetween } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { learnedKey } from '../../../shared/extraction/learned';

const at = '2026-01-01T00:00:00.000Z';

function addArticle(db: Database.Database, id: number) {
  db.prepare(
    `INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at)
     VALUES (?, ?, 'text', ?, 'utf-8', '医院', 2, ?)`,
  ).run(id, `d${id}.txt`, `h${id}`, at);
  db.prepare(
    `INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (?, ?, 0, ?, ?)`,
  ).run(id, id, at, at);
}

function addValue(db: Database.Database, article: number, raw: string, state: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO field_values (article_id, field_key, value, value_key, raw, origin, state,
                                   schema_id, schema_version, created_at, updated_at)
         VALUES (?, 'hospital', ?, '', ?, 'extracted', ?, 'hospital-news', 1, ?, ?)`,
      )
      .run(article, JSON.stringify(raw), raw, state, at, at).lastInsertRowid,
  );
}

const votes = (db: Database.Database) =>
  db.prepare('SELECT value_id, text, kind, article_id FROM learned_votes ORDER BY value_id').all();
const generation = (db: Database.Database) =>
  (db.prepare('SELECT n FROM learned_generation').get() as { n: number }).n;

describe('migration 17 (learned lexicon)', () => {
  it('counts the decisions made before it, keyed as learnedKey keys them', () => {
    const db = databaseMigratedTo(16);
    addArticle(db, 1);
    const raws = ['北京协和\r\n医院', ' 张\u3000三\t', 'Peking Union'];
    const kept = raws.map((raw) => addValue(db, 1, raw, 'accepted'));
    const rejected = addValue(db, 1, '某医院', 'rejected');
    addValue(db, 1, '未决医院', 'suggested');
    migrateBetween(db, 16, 17);
    expect(votes(db)).toEqual([
      ...raws.map((raw, i) => ({
        value_id: kept[i],
        text: learnedKey(raw),
        kind: 'keep',
        article_id: 1,
      })),
      { value_id: rejected, text: '某医院', kind: 'reject', article_id: 1 },
    ]);
  });

  it('keeps the votes with every change of a value, and moves the generation', () => {
    const db = databaseMigratedTo(17);
    addArticle(db, 1);
    const start = generation(db);
    const id = addValue(db, 1, '协和医院', 'suggested');
    expect(votes(db)).toEqual([]);
    expect(generation(db)).toBe(start); // suggestions do not count
    db.prepare("UPDATE field_values SET state = 'accepted' WHERE id = ?").run(id);
    expect(votes(db)).toEqual([{ value_id: id, text: '协和医院', kind: 'keep', article_id: 1 }]);
    db.prepare("UPDATE field_values SET state = 'edited', raw = '北京协和医院' WHERE id = ?").run(
      id,
    );
    expect(votes(db)).toEqual([
      { value_id: id, text: '北京协和医院', kind: 'keep', article_id: 1 },
    ]);
    db.prepare("UPDATE field_values SET state = 'suggested' WHERE id = ?").run(id); // an undo
    expect(votes(db)).toEqual([]);
    db.prepare("UPDATE field_values SET state = 'rejected' WHERE id = ?").run(id);
    const beforeDelete = generation(db);
    db.prepare('DELETE FROM field_values WHERE id = ?').run(id);
    expect(votes(db)).toEqual([]);
    expect(generation(db)).toBeGreaterThan(beforeDelete);
  });
});
