import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { installFieldGridIndexes } from './field-grid-indexes';
import { migrations } from './migrations';

describe('the field grid indexes', () => {
  it('adds the grid and queue indexes over values already stored, leaving the rows alone', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of migrations) m.up(db);
    const at = '2026-01-01T00:00:00.000Z';
    db.exec(`
      INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at)
        VALUES (1, 'a.txt', 'text', 'h1', 'utf-8', '某医院', 3, '${at}');
      INSERT INTO articles (id, document_id, ordinal, created_at, updated_at)
        VALUES (1, 1, 0, '${at}', '${at}');
      INSERT INTO field_values (article_id, field_key, value, value_key, raw, origin, extractor,
          confidence, state, schema_id, schema_version, created_at, updated_at)
        VALUES (1, 'hospital', '"某医院"', '"某医院"', '某医院', 'extracted', NULL, NULL,
          'suggested', 's', 1, '${at}', '${at}');
    `);
    const before = db.prepare('SELECT * FROM field_values').all();
    installFieldGridIndexes(db);
    const indexes = db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'field_values'
           AND name LIKE 'field_values_grid_%' OR name = 'field_values_queue' ORDER BY name`,
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      'field_values_grid_article',
      'field_values_grid_confidence',
      'field_values_grid_raw',
      'field_values_grid_rule',
      'field_values_grid_state',
      'field_values_grid_value',
      'field_values_queue',
    ]);
    expect(db.prepare('SELECT * FROM field_values').all()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
