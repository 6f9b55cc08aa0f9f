import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../database/articles-repository';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';

const tempDir = useTempDir();
const seedNames = fs
  .readdirSync(bundledSeedsDir)
  .filter((n) => n.endsWith('.txt'))
  .sort();

describe('Project', () => {
  it('seeds a brand-new project with the sample articles, text intact', () => {
    const project = Project.open(path.join(tempDir(), 'new.gleaner'), {
      seedsDir: bundledSeedsDir,
    });
    const info = project.info();
    expect(info.documentCount).toBe(seedNames.length);
    expect(info.articleCount).toBeGreaterThanOrEqual(seedNames.length);
    expect(info.name).toBe('new');
    const { items } = listArticles(project.db, { offset: 0, limit: 100 });
    expect([...new Set(items.map((i) => i.documentName))]).toEqual(seedNames);

    // The stored text is exactly what the seed's bytes decode to, and every article of it is a
    // set of ranges whose text is exactly the slice of that document.
    for (const name of seedNames) {
      const original = fs.readFileSync(path.join(bundledSeedsDir, name), 'utf8');
      const stored = project.db.prepare('SELECT text FROM documents WHERE name = ?').get(name) as {
        text: string;
      };
      expect(stored.text).toBe(original);
      const chars = Array.from(original);
      for (const item of items.filter((i) => i.documentName === name)) {
        for (const segment of getArticle(project.db, item.id).segments) {
          expect(segment.text).toBe(chars.slice(segment.start, segment.end).join(''));
        }
      }
    }
    project.close();
  });

  it('suggests field values for every seed article, so a new user sees provenance at once', () => {
    const project = Project.open(path.join(tempDir(), 'new.gleaner'), {
      seedsDir: bundledSeedsDir,
    });
    const perArticle = project.db
      .prepare(
        'SELECT a.id, (SELECT count(*) FROM field_values v WHERE v.article_id = a.id) AS n FROM articles a',
      )
      .all() as { id: number; n: number }[];
    expect(perArticle.length).toBe(9);
    for (const row of perArticle) expect(row.n, `article ${row.id}`).toBeGreaterThan(0);
    project.close();
  });

  it('seeds only once: reopening does not import the seeds again', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    Project.open(file, { seedsDir: bundledSeedsDir }).close();
    const again = Project.open(file, { seedsDir: bundledSeedsDir });
    expect(again.info().documentCount).toBe(seedNames.length);
    again.close();
  });

  it('records who imported each seed in the audit log', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), {
      seedsDir: bundledSeedsDir,
      actor: 'curator-a',
    });
    const rows = project.db
      .prepare("SELECT actor, action FROM audit WHERE entity = 'document'")
      .all();
    expect(rows).toHaveLength(seedNames.length);
    expect(rows[0]).toEqual({ actor: 'curator-a', action: 'import' });
    project.close();
  });

  it('answers not-found for an article that does not exist', () => {
    const project = Project.open(path.join(tempDir(), 'empty.gleaner'));
    expect(project.info().articleCount).toBe(0);
    expect(() => getArticle(project.db, 42)).toThrow(/no article 42/);
    project.close();
  });
});
