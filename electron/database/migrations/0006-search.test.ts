import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../../app-root';
import { importPaths } from '../../services/import-pipeline';
import { Project } from '../../services/project';
import { redecodeDocument } from '../../services/redecode-document';
import { searchRowsAgainstArticles } from '../../test-support/search-rows';
import { useTempDir } from '../../test-support/temp-dir';
import type { ProjectDatabase } from '../open-project';
import { articleFilterSql } from '../article-filter';
import { flushSearchIndex } from '../search-index';
import { migrations } from './index';

const tempDir = useTempDir();
const at = '2026-01-01T00:00:00.000Z';

/** What a search finds on a project at the latest version (migration 10 replaced the table). */
const matching = (db: ProjectDatabase, query: string): number[] => {
  flushSearchIndex(db);
  const filter = articleFilterSql({ query }, { queued: false });
  return (
    db.prepare(`SELECT a.id FROM articles a ${filter.where} ORDER BY 1`).all(filter.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

/** Migration 6's own rows (rowid block per article, title last), as it left them. */
const migration6Rows = (db: Database.Database, query = '') =>
  db
    .prepare(
      'SELECT rowid / 4096 AS id, start, text FROM article_search WHERE text LIKE ? ORDER BY rowid',
    )
    .all(`%${query}%`) as { id: number; start: number | null; text: string }[];

async function projectWithSeeds(): Promise<Project> {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  await importPaths(project.db, [bundledSeedsDir], { actor: 'importer' });
  return project;
}

describe('migration 6 (search)', () => {
  it('is the sixth migration', () => {
    expect(migrations[5]?.version).toBe(6);
  });

  it('indexes the articles that were there before it ran', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of migrations.slice(0, 5)) m.up(db);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'x', 'utf-8', ?, 19, ?)",
    ).run('头条𠀋新闻\n阜新市人民医院建成胸痛中心', at);
    db.prepare(
      "INSERT INTO articles (id, document_id, ordinal, title, created_at, updated_at) VALUES (1, 1, 0, '医院新闻', ?, ?)",
    ).run(at, at);
    // Two ranges, the first starting after a character outside the BMP (substr counts code points).
    db.prepare(
      'INSERT INTO article_ranges (article_id, start, end) VALUES (1, 2, 5), (1, 6, 19)',
    ).run();
    migrations[5]!.up(db);
    expect(migration6Rows(db)).toEqual([
      { id: 1, start: 2, text: '𠀋新闻' },
      { id: 1, start: 6, text: '阜新市人民医院建成胸痛中心' },
      { id: 1, start: null, text: '医院新闻' },
    ]);
    expect(migration6Rows(db, '胸痛中').map((r) => r.id)).toEqual([1]);
    expect(migration6Rows(db, '医院新').map((r) => r.id)).toEqual([1]);
    expect(migration6Rows(db, '头条𠀋')).toEqual([]);
  });

  it('follows import, title changes and deletions', async () => {
    const project = await projectWithSeeds();
    const { db } = project;
    const { stored, expected } = searchRowsAgainstArticles(db);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(expected);

    const first = expected[0]!;
    db.prepare("UPDATE articles SET title = '全新的标题XYZ' WHERE id = ?").run(first.id);
    expect(matching(db, '全新的标题')).toEqual([first.id]);
    expect(matching(db, 'xyz')).toEqual([first.id]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(first.id);
    expect(matching(db, '全新的标题')).toEqual([]);
    const after = searchRowsAgainstArticles(db);
    expect(after.stored).toEqual(after.expected);
    project.close();
  });

  // Split, merge and a moved range: search-index.test.ts checks these rows (and what a search
  // finds) after each.
  it('stays right when a document is decoded again and when its text is imported again', async () => {
    const dir = tempDir();
    const text = '臺北市立聯合醫院今年新建了胸痛中心，總投資達三千萬元，服務臺北市民。'.repeat(3);
    fs.writeFileSync(path.join(dir, 'tw.txt'), iconv.encode(text, 'big5'));
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const { db } = project;
    const report = await importPaths(db, [path.join(dir, 'tw.txt')], { actor: 't' });
    const documentId = report.imported[0]!.documentIds[0]!;
    redecodeDocument(db, { documentId, encoding: 'gbk' }, 'curator');
    let check = searchRowsAgainstArticles(db);
    expect(check.stored).toEqual(check.expected);
    redecodeDocument(db, { documentId, encoding: 'big5' }, 'curator');
    check = searchRowsAgainstArticles(db);
    expect(check.stored).toEqual(check.expected);
    expect(matching(db, '胸痛中心').length).toBeGreaterThan(0);

    // Removed and imported again: found once, under the new article.
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect(matching(db, '胸痛中心')).toEqual([]);
    await importPaths(db, [path.join(dir, 'tw.txt')], { actor: 't' });
    check = searchRowsAgainstArticles(db);
    expect(check.stored).toEqual(check.expected);
    expect(matching(db, '胸痛中心')).toEqual(check.expected.map((r) => r.id));
    project.close();
  });
});
