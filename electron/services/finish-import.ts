import type { ProjectDatabase } from '../database/open-project';
import { countUnextractedArticles, unextractedArticleIds } from '../database/extraction-state';
import { flushSearchIndex, pendingSearchCount, searchIndexIsStale } from '../database/search-index';
import { articleIdsOfDocuments } from './extract-articles';

// The phases after an import has stored its files: extraction (of its articles and of any an
// earlier, interrupted import left) and search indexing.

/**
 * The articles an import extracts: every article never extracted, which is this import's new
 * articles plus those of an import that was killed, stopped or ran out of disk before it
 * extracted them (`resumed` counts the latter). Oldest first.
 */
export function articlesToExtract(
  db: ProjectDatabase,
  importedDocumentIds: readonly number[],
): { articleIds: number[]; resumed: number } {
  const articleIds = unextractedArticleIds(db);
  const imported = new Set(articleIdsOfDocuments(db, importedDocumentIds));
  return { articleIds, resumed: articleIds.filter((id) => !imported.has(id)).length };
}

/** Articles indexed per transaction by indexSearchInSteps (about 1.5 s of work here). */
const indexStep = 2000;

/**
 * Brings the search index up to date a step at a time, letting the event loop turn between
 * steps so a Ctrl+C handler can stop it; each step is one transaction, so stopping keeps the
 * steps done and leaves the rest queued (found meanwhile on their live text, indexed by the next
 * import or search). Resolves whether it finished.
 */
export async function indexSearchInSteps(
  db: ProjectDatabase,
  options: {
    isCancelled?: () => boolean;
    onProgress?: (progress: { done: number; total: number }) => void;
    /** Articles per step (transaction). */
    step?: number;
  } = {},
): Promise<boolean> {
  const total = pendingSearchCount(db);
  let done = 0;
  while (searchIndexIsStale(db)) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (options.isCancelled?.()) return false;
    done += flushSearchIndex(db, { limit: options.step ?? indexStep });
    options.onProgress?.({ done: Math.min(done, total), total });
  }
  return true;
}

/**
 * More articles wait for the search index than a search indexes on its own (the list indexes up to
 * 1,000 before it answers): a project whose index migration 10 rebuilds, or an import stopped
 * before its last phase. Opening such a project indexes them in a background job with its own
 * progress; they are found on their live text meanwhile.
 */
export function searchIndexIsBehind(db: ProjectDatabase): boolean {
  return pendingSearchCount(db, OPEN_INDEX_THRESHOLD + 1) > OPEN_INDEX_THRESHOLD;
}

const OPEN_INDEX_THRESHOLD = 1000;

/** Whether an interrupted import left articles to extract (one indexed read). */
export function extractionIsIncomplete(db: ProjectDatabase): boolean {
  return countUnextractedArticles(db) > 0;
}
