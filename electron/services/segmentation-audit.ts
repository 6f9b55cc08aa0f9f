import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import type { PageRows } from '../database/segmentation-repository';
import { sameRanges } from './page-rewrite';

/**
 * One audit row per article a correction (or its undo) changed, created or removed, so each
 * article's own history says what happened to its text and curated work: its ranges before and
 * after, how many values and comments came in or went out, and the page's audit row
 * (`correction`) that holds every row before and after. A merged-away article's history ends
 * with the row that names where its values went.
 */
export function auditArticlesOfCorrection(
  db: ProjectDatabase,
  entry: { before: PageRows; after: PageRows; action: string; correction: number },
  actor: string,
  at: string,
): void {
  const { before, after } = entry;
  const ids = new Set([...before.articles, ...after.articles].map((a) => a.id));
  const valueHome = new Map(before.values.map((v) => [v.id, v.articleId]));
  const commentHome = new Map(before.comments.map((c) => [c.id, c.articleId]));
  for (const id of [...ids].sort((a, b) => a - b)) {
    const was = before.articles.find((a) => a.id === id);
    const now = after.articles.find((a) => a.id === id);
    if (was && now && sameRanges(was.ranges, now.ranges)) continue;
    const valuesIn = after.values.filter(
      (v) => v.articleId === id && valueHome.get(v.id) !== id,
    ).length;
    const valuesOut = after.values.filter(
      (v) => v.articleId !== id && valueHome.get(v.id) === id,
    ).length;
    const moved = (articleOf: (v: { id: number; articleId: number }) => boolean) => [
      ...new Set(after.values.filter(articleOf).map((v) => v.articleId)),
    ];
    appendAudit(
      db,
      {
        actor,
        entity: 'article',
        entityId: id,
        action: entry.action,
        before: was ? { ranges: was.ranges } : null,
        after: {
          ranges: now?.ranges ?? null,
          correction: entry.correction,
          valuesIn,
          valuesOut,
          ...(now ? {} : { valuesNowIn: moved((v) => valueHome.get(v.id) === id) }),
          commentsIn: after.comments.filter(
            (c) => c.articleId === id && commentHome.get(c.id) !== id,
          ).length,
        },
      },
      at,
    );
  }
}
