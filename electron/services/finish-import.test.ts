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
});
