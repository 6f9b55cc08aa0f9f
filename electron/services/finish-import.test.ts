import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { pendingSearchCount } from '../database/search-index';
import { useTempDir } from '../test-support/temp-dir';
import { allArticleIds, articleIdsOfDocuments, extractArticles } from './extract-articles';
import { articlesToExtract, extractionIsIncomplete, indexSearchInSteps } from './finish-import';
import { importPaths } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir();

describe('finishing an import', () => {
  it('extracts the new articles and those an earlier import left, counting the latter', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const earlier = await importPaths(
      project.db,
      [path.join(bundledSeedsDir, '000_7fa368b7fa82f5b8.txt')],
      {
        actor: 't',
      },
    );
    const earlierIds = articleIdsOfDocuments(project.db, earlier.imported[0]!.documentIds);
    const later = await importPaths(project.db, [bundledSeedsDir], { actor: 't' });
    expect(later.duplicates).toHaveLength(1);
    const { articleIds, resumed } = articlesToExtract(
      project.db,
      later.imported.flatMap((i) => i.documentIds),
    );
    expect(articleIds).toEqual(allArticleIds(project.db).sort((a, b) => a - b));
    expect(resumed).toBe(earlierIds.length);
    expect(extractionIsIncomplete(project.db)).toBe(true);
    extractArticles(project.db, articleIds, { actor: 't' });
    expect(extractionIsIncomplete(project.db)).toBe(false);
    expect(articlesToExtract(project.db, [])).toEqual({ articleIds: [], resumed: 0 });
    project.close();
  });

  it('indexes for search in steps a Ctrl+C handler can stop, keeping the steps done', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    await importPaths(project.db, [bundledSeedsDir], { actor: 't' });
    expect(pendingSearchCount(project.db)).toBe(9);
    let interrupted = false;
    const finished = await indexSearchInSteps(project.db, {
      step: 2,
      isCancelled: () => interrupted,
      // Like a signal handler: it runs only when the event loop turns between steps.
      onProgress: () => setImmediate(() => (interrupted = true)),
    });
    expect(finished).toBe(false);
    expect(pendingSearchCount(project.db)).toBe(7);
    const progress: number[] = [];
    expect(
      await indexSearchInSteps(project.db, { step: 2, onProgress: (p) => progress.push(p.done) }),
    ).toBe(true);
    expect(progress).toEqual([2, 4, 6, 7]);
    expect(pendingSearchCount(project.db)).toBe(0);
    project.close();
  });

  it('after the disk filled up during extraction, the next run completes what it left', async () => {
    const dir = tempDir();
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    for (let i = 0; i < 450; i++)
      fs.writeFileSync(
        path.join(corpus, `n${i}.txt`),
        `第${i}人民医院投资${i + 1}万元建设新院区，新增床位${200 + i}张。`.repeat(3),
      );
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const report = await importPaths(project.db, [corpus], { actor: 't' });
    // A full disk, as SQLite sees it: the file may not grow past a few more pages.
    const pages = project.db.pragma('page_count', { simple: true }) as number;
    project.db.pragma(`max_page_count = ${pages + 40}`);
    const { articleIds } = articlesToExtract(
      project.db,
      report.imported.flatMap((i) => i.documentIds),
    );
    expect(() => extractArticles(project.db, articleIds, { actor: 't' })).toThrow(/full/);
    const state = () =>
      project.db
        .prepare(
          `SELECT count(*) AS articles, count(extracted_at) AS extracted,
                  sum(extracted_at IS NULL AND EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = a.id)) AS halfDone
             FROM articles a`,
        )
        .get() as { articles: number; extracted: number; halfDone: number };
    const stopped = state();
    // Whole batches or nothing: no article has suggestions without being marked extracted.
    expect(stopped.halfDone).toBe(0);
    expect(stopped.extracted).toBeLessThan(450);

    project.db.pragma('max_page_count = 1073741823');
    const resume = articlesToExtract(project.db, []);
    expect(resume).toEqual({ articleIds: resume.articleIds, resumed: 450 - stopped.extracted });
    extractArticles(project.db, resume.articleIds, { actor: 't', onlyUnextracted: true });
    expect(state()).toEqual({ articles: 450, extracted: 450, halfDone: 0 });
    expect(
      project.db
        .prepare(
          'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = a.id)',
        )
        .pluck()
        .get(),
    ).toBe(0);
    project.close();
  });
});
