import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../electron/app-root';
import type { ProjectDatabase } from '../electron/database/open-project';
import { flushSearchIndex } from '../electron/database/search-index';
import { searchIndexQuery } from '../electron/database/search-index-text';
import { countSearchMatches, searchMatchIds } from '../electron/database/search-matches';
import { Project } from '../electron/services/project';
import { useTempDir } from '../electron/test-support/temp-dir';
import { CodePointIndex } from '../shared/text/codepoints';
import { replicateArticles } from './replicate-project';
import { indexCopiesForSearch } from './search-index-copies';

const tempDir = useTempDir('gleaner-copies-');
const ARTICLES = 1_000;

/** Queries cut from the seeded articles' text: 1 to 6 characters at spread places, breaks too. */
function queriesOf(db: ProjectDatabase, originals: number): string[] {
  const texts = db
    .prepare(
      `SELECT substr(d.text, r.start + 1, r.end - r.start) FROM article_ranges r
         JOIN articles a ON a.id = r.article_id JOIN documents d ON d.id = a.document_id
       WHERE a.id <= ? ORDER BY r.end - r.start DESC LIMIT 6`,
    )
    .pluck()
    .all(originals) as string[];
  const queries = new Set<string>();
  for (const text of texts) {
    const index = new CodePointIndex(text);
    for (let i = 0; i < 12; i++) {
      const start = Math.floor(((i * 0.618_033_988_75) % 1) * (index.length - 8));
      const query = index.slice(start, start + 1 + (i % 6)).trim();
      if (query) queries.add(query);
    }
    const lineBreak = text.indexOf('\n', 40);
    if (lineBreak > 2) queries.add(text.slice(lineBreak - 2, lineBreak + 3).replace(/^\s+/, ''));
  }
  return [...queries];
}

/** Every article's id matching `query`, through the search code and straight from FTS5. */
function answers(db: ProjectDatabase, query: string) {
  const index = searchIndexQuery(query)!;
  return {
    ids: searchMatchIds(db, query, { limit: 1_000_000 }),
    count: countSearchMatches(db, query),
    fts5: db
      .prepare(`SELECT rowid FROM ${index.table} WHERE ${index.table} MATCH ? ORDER BY rowid`)
      .pluck()
      .all(index.expression),
  };
}

describe('indexCopiesForSearch', () => {
  it("answers every query as the app's own index of the same copies does", () => {
    const seeded = path.join(tempDir(), 'seeded.gleaner');
    const seededProject = Project.open(seeded, { seedsDir: bundledSeedsDir, actor: 'test' });
    const originals = seededProject.db
      .prepare('SELECT max(id) FROM articles')
      .pluck()
      .get() as number;
    seededProject.close();
    const grown = (name: string): ProjectDatabase => {
      const file = path.join(path.dirname(seeded), name);
      fs.copyFileSync(seeded, file);
      const { db } = Project.open(file, { actor: 'test' });
      replicateArticles(db, ARTICLES);
      return db;
    };
    const byTheApp = grown('app.gleaner');
    flushSearchIndex(byTheApp);
    const byCopies = grown('copies.gleaner');
    expect(indexCopiesForSearch(byCopies, originals)).toBe(ARTICLES - originals);

    for (const db of [byTheApp, byCopies])
      expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    const queries = queriesOf(byTheApp, originals);
    expect(queries.length).toBeGreaterThan(30);
    for (const query of queries) {
      const expected = answers(byTheApp, query);
      // Copies are found: every query is cut from the originals' text.
      expect(
        expected.ids.some((id) => id > originals),
        query,
      ).toBe(true);
      expect(answers(byCopies, query), query).toEqual(expected);
    }
  });

  it('refuses a project whose articles are not copies of the first ones', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const { db } = Project.open(file, { seedsDir: bundledSeedsDir, actor: 'test' });
    const originals = db.prepare('SELECT max(id) FROM articles').pluck().get() as number;
    replicateArticles(db, 100);
    db.prepare("UPDATE articles SET title = 'edited' WHERE id = ?").run(originals + 3);
    expect(() => indexCopiesForSearch(db, originals)).toThrow(/not copies/);
  });
});
