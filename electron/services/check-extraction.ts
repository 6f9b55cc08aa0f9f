import { countUnextractedArticles, unextractedArticles } from '../database/extraction-state';
import type { ProjectDatabase } from '../database/open-project';

/**
 * Articles extraction never ran over: an import was killed, stopped or ran out of disk after
 * storing them. One problem per article (up to `limit`), then one that counts the rest; each
 * says what completes it.
 */
export function unextractedArticleProblems(
  db: ProjectDatabase,
  limit: number,
): { kind: 'not-extracted'; message: string }[] {
  const total = countUnextractedArticles(db);
  if (total === 0) return [];
  const listed = unextractedArticles(db, Math.max(0, limit - 1));
  const problems = listed.map((a) => ({
    kind: 'not-extracted' as const,
    message: `${a.documentName}: article ${a.id}${a.title ? ` (${a.title})` : ''} was never extracted (an import was interrupted); the next gleaner import, or opening the project in the app, extracts it`,
  }));
  if (total > listed.length) {
    problems.push({
      kind: 'not-extracted',
      message: `${total - listed.length}${listed.length > 0 ? ' more' : ''} articles were never extracted (an import was interrupted); the next gleaner import, or opening the project in the app, extracts them`,
    });
  }
  return problems;
}
