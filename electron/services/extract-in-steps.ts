import { GroupedCommits } from '../database/bulk-load';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import {
  ARTICLES_PER_BATCH,
  extractArticles,
  type ExtractionOptions,
  type ExtractionResult,
} from './extract-articles';
import { PageCache } from './page-cache';
import { addFieldsLeftOut } from './fields-at-store';
import { addPatternSkips } from './pattern-skips';

/**
 * extractArticles in steps of one batch, letting the event loop turn between them: a signal
 * handler (Ctrl+C in the command line) only runs then, so without the turns a long extraction
 * could not be stopped. Worker threads need no turns: their cancel flag is shared memory.
 */
export async function extractArticlesInSteps(
  db: ProjectDatabase,
  articleIds: readonly number[],
  options: ExtractionOptions,
): Promise<ExtractionResult> {
  const total: ExtractionResult = {
    articles: 0,
    suggestions: 0,
    heldBack: 0,
    cancelled: false,
    failures: [],
    patternsSkipped: [],
    fieldsLeftOut: [],
  };
  const schema = options.schema ?? activeSchema(db);
  const pageCache = options.pageCache ?? new PageCache();
  const group = new GroupedCommits(db);
  const articlesPerCommit = options.articlesPerCommit ?? ARTICLES_PER_BATCH;
  let sinceCommit = 0;
  try {
    for (let start = 0; start < articleIds.length; start += ARTICLES_PER_BATCH) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (articlesPerCommit > ARTICLES_PER_BATCH) group.begin();
      const step = extractArticles(db, articleIds.slice(start, start + ARTICLES_PER_BATCH), {
        ...options,
        schema,
        pageCache,
        onProgress: undefined,
      });
      total.articles += step.articles;
      total.suggestions += step.suggestions;
      total.heldBack += step.heldBack;
      total.failures.push(...step.failures);
      addPatternSkips(total.patternsSkipped, step.patternsSkipped);
      addFieldsLeftOut(total.fieldsLeftOut, step.fieldsLeftOut);
      sinceCommit += step.articles;
      if (sinceCommit >= articlesPerCommit) {
        group.commit();
        sinceCommit = 0;
      }
      if (step.cancelled) {
        total.cancelled = true;
        break;
      }
      options.onProgress?.({ done: total.articles, total: articleIds.length });
    }
    group.commit();
  } catch (error) {
    group.commitOrRollBack();
    throw error;
  }
  return total;
}
