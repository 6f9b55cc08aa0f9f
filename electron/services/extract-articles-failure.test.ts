import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAndJudgeArticles, type ArticleInput } from '../../shared/extraction';
import { bundledSeedsDir } from '../app-root';
import { isArticleExtracted, unextractedArticleIds } from '../database/extraction-state';
import { valuesOfArticle } from '../database/values-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir();

/** The real rules, except that they throw on any article whose text holds `marker`. */
function rulesFailingOn(marker: string) {
  return (inputs: readonly ArticleInput[]) => {
    for (const input of inputs)
      for (const range of input.ranges)
        if (input.documentText.slice(range.start, range.end).includes(marker))
          throw new RangeError('Maximum call stack size exceeded');
    return extractAndJudgeArticles(inputs);
  };
}

describe('an article the rules fail on (issue 16: no input takes Gleaner down)', () => {
  it('costs that article alone: the others are extracted, it is named and left for the next try', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const report = await importPaths(project.db, [bundledSeedsDir], {
      actor: 'importer',
      extractAsStored: false,
    });
    const ids = articleIdsOfDocuments(
      project.db,
      report.imported.flatMap((i) => i.documentIds),
    );
    expect(unextractedArticleIds(project.db)).toHaveLength(ids.length);

    // The headline of one seed article (阜新's hospital), in no other.
    const result = extractArticles(project.db, ids, {
      actor: 'extractor',
      rules: rulesFailingOn('聚核心竞争力'),
    });
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure!.documentName).toMatch(/\.txt$/);
    expect(failure!.message).toBe('Maximum call stack size exceeded');
    const failed = failure!.articleId;
    expect(valuesOfArticle(project.db, failed)).toEqual([]);
    expect(isArticleExtracted(project.db, failed)).toBe(false);
    for (const id of ids.filter((id) => id !== failed)) {
      expect(isArticleExtracted(project.db, id)).toBe(true);
      expect(valuesOfArticle(project.db, id).length).toBeGreaterThan(0);
    }

    // The next import or open tries it again, and with rules that hold it gets its suggestions.
    expect(unextractedArticleIds(project.db)).toEqual([failed]);
    const again = extractArticles(project.db, [failed], { actor: 'extractor' });
    expect(again.failures).toEqual([]);
    expect(valuesOfArticle(project.db, failed).length).toBeGreaterThan(0);
    project.close();
  });
});
