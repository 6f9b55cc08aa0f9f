import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { allArticleIds, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { backupProject } from './project-backup';
import { splitArticle } from './segmentation-corrections';
import { checkProject } from './project-check';
import { Project } from './project';

const tempDir = useTempDir();

describe('checkProject', () => {
  it('finds nothing wrong in a freshly seeded project, having checked every span', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
    const report = checkProject(project.db);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ documents: 5, articles: 9 });
    expect(report.spans).toBeGreaterThan(100);
    project.close();
  });

  it('reports a span whose text no longer matches the document, naming the document and field', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
    project.db
      .prepare(
        "UPDATE value_spans SET text = '错' WHERE (value_id, start) = (SELECT value_id, start FROM value_spans ORDER BY 1, 2 LIMIT 1)",
      )
      .run();
    const report = checkProject(project.db);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.kind).toBe('span');
    expect(report.problems[0]!.message).toMatch(/\.txt: article \d+, field \w+/);
    project.close();
  });
});

describe('checkProject: articles never extracted', () => {
  it('lists each article an interrupted import left without suggestions, then the rest counted', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    // Stored, never extracted: what a kill between the import and extraction leaves.
    await importPaths(project.db, [bundledSeedsDir], { actor: 't' });
    const report = checkProject(project.db);
    expect(report.problems).toHaveLength(9);
    expect(report.problems.every((p) => p.kind === 'not-extracted')).toBe(true);
    expect(report.problems[0]!.message).toMatch(
      /^\S+\.txt: article \d+ .*was never extracted .*the next gleaner import/,
    );
    const capped = checkProject(project.db, { maxProblems: 4 }).problems;
    expect(capped).toHaveLength(4);
    expect(capped[3]!.message).toMatch(/^6 more articles were never extracted/);

    extractArticles(project.db, allArticleIds(project.db), { actor: 't' });
    expect(checkProject(project.db).problems).toEqual([]);
    project.close();
  });

  it('does not take an article split off an extracted one for an interrupted import', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
    const { id, start, end } = project.db
      .prepare('SELECT article_id AS id, start, end FROM article_ranges ORDER BY end - start DESC')
      .get() as { id: number; start: number; end: number };
    const { articleIds: ids } = splitArticle(
      project.db,
      { articleId: id, at: Math.floor((start + end) / 2) },
      'c',
    );
    expect(ids).toHaveLength(2);
    expect(checkProject(project.db).problems).toEqual([]);
    project.close();
  });
});

describe('backupProject', () => {
  it('writes a consistent copy that opens as the same project', async () => {
    const dir = tempDir();
    const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
    const { path: copy } = await backupProject(
      project.db,
      path.join(dir, 'backups', 'copy.gleaner'),
    );
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(['copy.gleaner']);
    const restored = new Database(copy, { readonly: true });
    expect(restored.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 9 });
    expect(restored.pragma('journal_mode', { simple: true })).toBe('delete');
    restored.close();
    project.close();
  });
});
