import type Database from 'better-sqlite3';
import { databaseMigratedTo, migrateBetween } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { searchRowsAgainstArticles } from '../../test-support/search-rows';
import { articleFilterSql } from '../article-filter';
import type { ProjectDatabase } from '../open-project';
import { flushSearchIndex, searchIndexIsStale } from '../search-index';
import { migration0010ContentlessSearch } from './0010-contentless-search';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';
const TEXT = '头条𠀋新闻\r\n阜新市人民医院建成胸痛\r\n中心 Hospital NEWS École';

/** A project at version 9 with two articles (ids 1 and 5000) indexed the migration-6 way. */
function projectAt9(): Database.Database {
  const db = databaseMigratedTo(5);
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'x', 'utf-8', ?, ?, ?)",
  ).run(TEXT, Array.from(TEXT).length, at);
  const addArticle = db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, title, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?)',
  );
  addArticle.run(1, 0, '医院新闻', at, at);
  addArticle.run(5000, 1, null, at, at);
  // Article 1: "𠀋新闻" and the hospital sentence up to "中心"; article 5000: the English tail.
  db.prepare(
    'INSERT INTO article_ranges (article_id, start, end) VALUES (1, 2, 5), (1, 7, 22), (5000, 23, 42)',
  ).run();
  // Article 7: two line breaks inside 胸痛中心, two in a row before 医院.
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (2, 'b.txt', 'text', 'y', 'utf-8', ?, 10, ?)",
  ).run('胸\n痛\n中心\n\n医院', at);
  db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, title, created_at, updated_at) VALUES (7, 2, 0, NULL, ?, ?)',
  ).run(at, at);
  db.prepare('INSERT INTO article_ranges (article_id, start, end) VALUES (7, 0, 10)').run();
  // Migration 6 indexes the articles already there, in its own layout (text copied).
  migrateBetween(db, 5, 9);
  return db;
}

/**
 * Migration 10 and then the later ones: the search code of today writes the index of migration
 * 15, which replaced migration 10's table.
 */
function migrateFrom10(db: Database.Database): void {
  migration0010ContentlessSearch.up(db);
  migrateBetween(db, 10);
}

const found = (db: Database.Database, query: string): number[] => {
  const filter = articleFilterSql({ query });
  return (
    db.prepare(`SELECT a.id FROM articles a ${filter.where} ORDER BY a.id`).all(filter.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

const tableNames = (db: Database.Database): string[] =>
  (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'article_search%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);

describe('migration 10 (contentless search)', () => {
  it('is the tenth migration', () => {
    expect(migrations[9]).toBe(migration0010ContentlessSearch);
    expect(migration0010ContentlessSearch.version).toBe(10);
  });

  it('drops the copy of the text and queues every article to be indexed again', () => {
    const db = projectAt9();
    expect(tableNames(db)).toContain('article_search_content');
    expect(searchIndexIsStale(db as ProjectDatabase)).toBe(false);
    migration0010ContentlessSearch.up(db);
    expect(tableNames(db)).not.toContain('article_search_content');
    expect(db.prepare('SELECT article_id FROM search_pending ORDER BY 1').pluck().all()).toEqual([
      1, 7, 5000,
    ]);
    // Found meanwhile on the live text, before the rebuild.
    expect(found(db, '胸痛中心')).toEqual([1]);
    expect(found(db, 'news')).toEqual([5000]);
    migrateBetween(db, 10);
    flushSearchIndex(db as ProjectDatabase);
    const { stored, expected } = searchRowsAgainstArticles(db as ProjectDatabase);
    expect(stored).toEqual(expected);
    expect(stored[0]).toEqual({
      id: 1,
      title: '医院新闻',
      body: '𠀋新闻\n阜新市人民医院建成胸痛\r\n中心',
      // 𠀋 is not a common character: the bigram table alone holds it.
      characters: '中人医市建心成新民痛胸闻阜院',
    });
  });

  it('answers every query length from the index, exactly as the live text does', () => {
    const db = projectAt9();
    migrateFrom10(db);
    flushSearchIndex(db as ProjectDatabase);
    expect(searchIndexIsStale(db as ProjectDatabase)).toBe(false);
    const cases: [string, number[]][] = [
      ['院', [1, 7]],
      ['医院', [1, 7]],
      ['胸痛中心', [1]], // across the CRLF; article 7 breaks it twice
      ['痛\r\n中', [1]],
      ['建成胸痛', [1]], // ends before a break
      ['中心', [1, 7]], // starts after one
      ['胸痛', [1, 7]],
      ['痛中', [1, 7]],
      ['心医', []], // two breaks in a row
      ['中心医院', []],
      ['𠀋新', [1]],
      ['头条', []], // outside every range
      ['新闻阜', []], // would span the title and a range, or two ranges
      ['闻𠀋', []],
      ['hospital news', [5000]], // ASCII case folded, the space kept
      ['hospitalnews', []],
      ['École', [5000]],
      ['école', []], // only ASCII case folds, as LIKE did
      ['"', []],
      ['%', []],
    ];
    for (const [query, ids] of cases) expect(found(db, query), query).toEqual(ids);
  });

  it('deletes exactly the deleted article’s row', () => {
    const db = projectAt9();
    migrateFrom10(db);
    flushSearchIndex(db as ProjectDatabase);
    // Migration 6's trigger deleted the rowid block 4096…8191 for article 1: article 5000's row.
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(found(db, 'news')).toEqual([5000]);
    expect(db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(2);
    const { stored, expected } = searchRowsAgainstArticles(db as ProjectDatabase);
    expect(stored).toEqual(expected);
  });
});
