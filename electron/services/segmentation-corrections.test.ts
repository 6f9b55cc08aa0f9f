import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { getArticle, listArticles } from '../database/articles-repository';
import { useTempDir } from '../test-support/temp-dir';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { mergeArticles, moveRange, splitArticle } from './segmentation-corrections';

const tempDir = useTempDir();
const page = '000_7fa368b7fa82f5b8.txt';

async function projectWithPage(): Promise<Project> {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  await importPaths(project.db, [path.join(bundledSeedsDir, page)], { actor: 'importer' });
  return project;
}

const articlesOf = (project: Project) => listArticles(project.db, { offset: 0, limit: 100 }).items;
const rangesOf = (project: Project) =>
  articlesOf(project).map((a) => getArticle(project.db, a.id).ranges);

describe('segmentation corrections', () => {
  it('splits an article at an offset, audited, keeping every character in exactly one article', async () => {
    const project = await projectWithPage();
    const [first] = articlesOf(project);
    const detail = getArticle(project.db, first!.id);
    const at = detail.ranges[0]!.start + 100;
    const { articleIds: ids } = splitArticle(project.db, { articleId: first!.id, at }, 'curator');
    expect(ids).toHaveLength(3);
    expect(ids).toContain(first!.id);
    const all = rangesOf(project).flat();
    const total = all.reduce((s, r) => s + r.end - r.start, 0);
    expect(total).toBe(
      getArticle(project.db, first!.id).length +
        articlesOf(project)
          .slice(1)
          .reduce((s, a) => s + a.length, 0),
    );
    const audit = project.db
      .prepare("SELECT actor, action FROM audit WHERE action = 'split-article'")
      .get();
    expect(audit).toEqual({ actor: 'curator', action: 'split-article' });
    project.close();
  });

  it('merges two articles into one and moves a range between articles', async () => {
    const project = await projectWithPage();
    const [a, b] = articlesOf(project);
    const totalBefore = a!.length + b!.length;
    const bRange = getArticle(project.db, b!.id).ranges[0]!;
    moveRange(
      project.db,
      { fromArticleId: b!.id, toArticleId: a!.id, start: bRange.start, end: bRange.start + 20 },
      'curator',
    );
    const [a2, b2] = articlesOf(project);
    expect(a2!.length).toBe(a!.length + 20);
    expect(b2!.length).toBe(b!.length - 20);
    mergeArticles(project.db, { articleIds: [a!.id, b!.id] }, 'curator');
    const merged = articlesOf(project);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.length).toBe(totalBefore);
    project.close();
  });

  it('refuses corrections that would leave an empty article', async () => {
    const project = await projectWithPage();
    const [a, b] = articlesOf(project);
    const ranges = getArticle(project.db, a!.id).ranges;
    expect(() => splitArticle(project.db, { articleId: a!.id, at: ranges[0]!.start }, 'c')).toThrow(
      /both parts/,
    );
    expect(() =>
      moveRange(project.db, { fromArticleId: a!.id, toArticleId: b!.id, start: 0, end: 1e9 }, 'c'),
    ).toThrow(/merge/);
    expect(() => mergeArticles(project.db, { articleIds: [a!.id] }, 'c')).toThrow(/at least two/);
    project.close();
  });

  it('re-applies the correction when the same page is imported again', async () => {
    const project = await projectWithPage();
    const [a, b] = articlesOf(project);
    mergeArticles(project.db, { articleIds: [a!.id, b!.id] }, 'curator');
    // The page is removed, then the same file imported again (e.g. from a colleague's folder).
    project.db.prepare('DELETE FROM documents').run();
    const copy = path.join(tempDir(), 'same-page-again.txt');
    fs.copyFileSync(path.join(bundledSeedsDir, page), copy);
    const report = await importPaths(project.db, [copy], { actor: 'importer' });
    expect(report.articles).toBe(1);
    project.close();
  });
});
