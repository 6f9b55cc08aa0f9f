import type Database from 'better-sqlite3';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { searchRowsAgainstArticles } from '../../test-support/search-rows';
import { articleFilterSql } from '../article-filter';
import type { ProjectDatabase } from '../open-project';
import { flushSearchIndex, searchIndexIsStale } from '../search-index';
import { migration0015BigramSearch } from './0015-bigram-search';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';
const TEXT = '省卫健委：阜新市人民医院胸痛\r\n中心通过认证。𠀋 End';

/** A project at version 14 with two articles, both queued for search (never indexed). */
function projectAt14(): Database.Database {
  const db = databaseMigratedTo(14);
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'x', 'utf-8', ?, ?, ?)",
  ).run(TEXT, Array.from(TEXT).length, at);
  const addArticle = db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, title, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?)',
  );
  addArticle.run(1, 0, '省级胸痛中心', at, at);
  addArticle.run(2, 1, null, at, at);
  db.prepare(
    'INSERT INTO article_ranges (article_id, start, end) VALUES (1, 0, 4), (1, 5, 22), (2, 22, 28)',
  ).run();
  return db;
}

const found = (db: Database.Database, query: string): number[] => {
  const filter = articleFilterSql({ query });
  return (
    db.prepare(`SELECT a.id FROM articles a ${filter.where} ORDER BY a.id`).all(filter.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

const rows = (db: Database.Database, table: string): number =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('migration 15 (bigram search)', () => {
  it('is the fifteenth migration', () => {
    expect(migrations[14]).toBe(migration0015BigramSearch);
    expect(migration0015BigramSearch.version).toBe(15);
  });

  it('replaces the index with two tables, queues every article, and finds them meanwhile', () => {
    const db = projectAt14();
    db.exec('DELETE FROM search_pending');
    migration0015BigramSearch.up(db);
    expect(db.prepare('SELECT article_id FROM search_pending ORDER BY 1').pluck().all()).toEqual([
      1, 2,
    ]);
    // Found on the live text before the rebuild, and from the index after it.
    const cases: [string, number[]][] = [
      ['省', [1]],
      ['医院', [1]],
      ['胸痛中心', [1]], // the title, and across the CRLF in the text
      ['心通', [1]],
      ['𠀋', [2]],
      ['𠀋 end', [2]],
      ['认证', [1]], // the range ends after 认证
      ['认证。', []], // the full stop is article 2's
      ['省卫健委阜', []], // the colon lies outside every range
    ];
    for (const [query, ids] of cases) expect(found(db, query), query).toEqual(ids);
    expect(flushSearchIndex(db as ProjectDatabase)).toBe(2);
    expect(searchIndexIsStale(db as ProjectDatabase)).toBe(false);
    for (const [query, ids] of cases) expect(found(db, query), query).toEqual(ids);
    const { stored, expected } = searchRowsAgainstArticles(db as ProjectDatabase);
    expect(stored).toEqual(expected);
  });

  it('deletes a deleted article from both tables', () => {
    const db = projectAt14();
    migration0015BigramSearch.up(db);
    flushSearchIndex(db as ProjectDatabase);
    expect([rows(db, 'article_search'), rows(db, 'article_search_chars')]).toEqual([2, 2]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect([rows(db, 'article_search'), rows(db, 'article_search_chars')]).toEqual([1, 1]);
    expect(found(db, '省')).toEqual([]);
    expect(found(db, '𠀋')).toEqual([2]);
    const { stored, expected } = searchRowsAgainstArticles(db as ProjectDatabase);
    expect(stored).toEqual(expected);
  });
});
