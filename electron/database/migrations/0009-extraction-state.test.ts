import type Database from 'better-sqlite3';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../audit-repository';
import { migration0009ExtractionState } from './0009-extraction-state';
import { migrations } from './index';

/** A database at the schema just before migration 9. */
function migratedTo8(): Database.Database {
  const db = databaseMigratedTo(8);
  return db;
}

const at = '2026-01-01T00:00:00.000Z';

function addArticle(db: Database.Database, documentId: number, ordinal: number): number {
  return Number(
    db
      .prepare(
        'INSERT INTO articles (document_id, ordinal, title, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)',
      )
      .run(documentId, ordinal, at, at).lastInsertRowid,
  );
}

describe('migration 9 (extraction state)', () => {
  it('is the ninth migration', () => {
    expect(migrations.find((m) => m.name === 'extraction-state')?.version).toBe(9);
  });

  it('marks articles extraction saw or that hold values, and leaves the others to extract', () => {
    const db = migratedTo8();
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '医院', 2, ?)",
    ).run(at);
    const extracted = addArticle(db, 1, 0);
    const restored = addArticle(db, 1, 1);
    const interrupted = addArticle(db, 1, 2);
    // Through appendAudit: the audit table takes rows only the way the app writes them.
    const audit = (at: string, entityId: number, action: string) =>
      appendAudit(db, { actor: 'me', entity: 'article', entityId, action }, at);
    audit('2026-02-01T00:00:00.000Z', extracted, 'extract');
    audit('2026-03-01T00:00:00.000Z', extracted, 'extract');
    audit('2026-03-02T00:00:00.000Z', interrupted, 'set-status');
    db.prepare(
      `INSERT INTO field_values (article_id, field_key, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
       VALUES (?, 'hospital', '"医院"', '"医院"', '医院', 'curator', 'added', 's', 1, ?, ?)`,
    ).run(restored, at, at);

    migration0009ExtractionState.up(db);

    const state = db.prepare('SELECT id, extracted_at AS extractedAt FROM articles ORDER BY id');
    expect(state.all()).toEqual([
      { id: extracted, extractedAt: '2026-03-01T00:00:00.000Z' },
      { id: restored, extractedAt: at },
      { id: interrupted, extractedAt: null },
    ]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM articles WHERE extracted_at IS NULL')
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toContain('articles_not_extracted');
  });

  it('counts an article split off an extracted page as extracted, not one of a new page', () => {
    const db = migratedTo8();
    migration0009ExtractionState.up(db);
    const addDocument = db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (?, ?, 'text', ?, 'utf-8', '医院', 2, ?)",
    );
    addDocument.run(1, 'a.txt', 'h1', at);
    addDocument.run(2, 'b.txt', 'h2', at);
    const extractedAt = (id: number) =>
      db.prepare('SELECT extracted_at FROM articles WHERE id = ?').pluck().get(id);
    // An import stores a page's articles, none extracted yet.
    const first = addArticle(db, 1, 0);
    const second = addArticle(db, 1, 1);
    expect([extractedAt(first), extractedAt(second)]).toEqual([null, null]);
    db.prepare('UPDATE articles SET extracted_at = ? WHERE document_id = 1').run(
      '2026-05-01T00:00:00.000Z',
    );
    // A split adds an article to that page.
    expect(extractedAt(addArticle(db, 1, 2))).toBe('2026-05-01T00:00:00.000Z');
    // A page with an article still to extract (an import stopped midway) keeps the new one too.
    const other = addArticle(db, 2, 0);
    expect(extractedAt(addArticle(db, 2, 1))).toBeNull();
    expect(extractedAt(other)).toBeNull();
  });
});
