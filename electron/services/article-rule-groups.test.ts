import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAndJudgeArticle } from '../../shared/extraction';
import { CodePointIndex } from '../../shared/text/codepoints';
import { activeSchema } from '../database/schema-repository';
import { valuesOfArticle } from '../database/values-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleRuleGroups } from './article-rule-groups';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { PageCache } from './page-cache';
import { Project } from './project';

const tempDir = useTempDir();

/** A page of `count` short hospital articles, each with its own headline. */
function pageOf(count: number, tag: string): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `${tag}第${i + 1}人民医院：\n新院区投入使用\n\n${tag}第${i + 1}人民医院投资${i + 1}万元建设新院区，床位${i + 100}张。\n`,
  ).join('\n');
}

async function projectWithPages(pages: Record<string, string>): Promise<{
  project: Project;
  documentIds: number[];
}> {
  const dir = tempDir();
  for (const [name, text] of Object.entries(pages)) fs.writeFileSync(path.join(dir, name), text);
  const project = Project.open(path.join(dir, 'p.gleaner'));
  const report = await importPaths(project.db, [dir], { actor: 'importer' });
  return { project, documentIds: report.imported.flatMap((i) => i.documentIds) };
}

function groupsOf(project: Project, articleIds: number[], documentCodePoints?: number) {
  return [
    ...articleRuleGroups(
      {
        db: project.db,
        schema: activeSchema(project.db),
        pages: new PageCache(),
        checked: new Set(),
        documentCodePoints,
      },
      articleIds,
    ),
  ];
}

describe('articleRuleGroups', () => {
  it('cuts groups only where the page changes, once the pages held reach the bound', async () => {
    const { project, documentIds } = await projectWithPages({
      'a.txt': pageOf(3, '东'),
      'b.txt': pageOf(4, '西'),
      'c.txt': pageOf(2, '南'),
    });
    const articleIds = articleIdsOfDocuments(project.db, documentIds);
    expect(articleIds).toHaveLength(9);
    // Within the bound: one group of every article, in the order given.
    const one = groupsOf(project, articleIds);
    expect(one.map((g) => g.map((a) => a.articleId))).toEqual([articleIds]);
    // A bound smaller than any page: a page per group, never a page cut in two.
    const small = groupsOf(project, articleIds, 10);
    expect(small.map((g) => g.length)).toEqual([3, 4, 2]);
    // The articles of a page share the page's one code-point index.
    expect(new Set(small[1]!.map((a) => a.input.documentText)).size).toBe(1);
    project.close();
  });

  it('leaves out the articles to skip and an id given twice', async () => {
    const { project, documentIds } = await projectWithPages({ 'a.txt': pageOf(4, '北') });
    const ids = articleIdsOfDocuments(project.db, documentIds);
    const groups = [
      ...articleRuleGroups(
        {
          db: project.db,
          schema: activeSchema(project.db),
          pages: new PageCache(),
          checked: new Set(),
          skip: (id) => id === ids[1],
        },
        [ids[0]!, ids[1]!, ids[2]!, ids[0]!, ids[3]!],
      ),
    ];
    expect(groups.flat().map((a) => a.articleId)).toEqual([ids[0], ids[2], ids[3]]);
    project.close();
  });
});

describe('extractArticles over a page of more articles than the import rules where it prepares', () => {
  it('stores for each article what extracting it alone finds', async () => {
    const text = pageOf(520, '青');
    const { project, documentIds } = await projectWithPages({ 'page.txt': text });
    const articleIds = articleIdsOfDocuments(project.db, documentIds);
    expect(articleIds.length).toBeGreaterThan(500);
    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const schema = activeSchema(project.db);
    const documentText = new CodePointIndex(text);
    for (const articleId of [articleIds[0]!, articleIds[263]!, articleIds.at(-1)!]) {
      const { title, kicker } = project.db
        .prepare('SELECT title, kicker FROM articles WHERE id = ?')
        .get(articleId) as { title: string | null; kicker: string | null };
      const ranges = project.db
        .prepare('SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start')
        .all(articleId) as { start: number; end: number }[];
      const alone = extractAndJudgeArticle({ documentText, ranges, title, kicker, schema });
      const stored = valuesOfArticle(project.db, articleId).map((v) =>
        JSON.stringify([v.fieldKey, v.value, v.spans.map((s) => [s.start, s.end])]),
      );
      const found = alone.suggestions.map((s) =>
        JSON.stringify([s.field, s.value, s.spans.map((span) => [span.start, span.end])]),
      );
      expect(stored.length).toBeGreaterThan(2);
      expect(stored.sort()).toEqual(found.sort());
    }
    project.close();
  });
});
