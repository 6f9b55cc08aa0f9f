import type { ArticleStatus } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import { articleWorkflowRow, startArticleWork } from '../database/article-workflow-repository';

/** Statuses in which a curator's first change means "I have started on this article". */
export const STARTS_WORK: readonly ArticleStatus[] = ['new', 'changes_requested'];

/**
 * The one gate every write to an article's values passes, inside the write's transaction:
 * an approved article is read-only until a reviewer reopens it, and the first change to a new
 * (or sent back) article moves it to in_progress, audited as the workflow's 'start'. Other value
 * writes leave the article's revision alone, so editing values does not make a reviewer's view
 * of the article stale.
 */
export function guardValueWrite(
  db: ProjectDatabase,
  articleId: number,
  actor: string,
  at: string,
): { status: ArticleStatus; revision: number } {
  const article = articleWorkflowRow(db, articleId);
  if (!article) throw apiError('article-missing', { articleId });
  if (article.status === 'approved') {
    throw apiError('article-approved-locked', { articleId, change: 'change' });
  }
  if (!STARTS_WORK.includes(article.status))
    return { status: article.status, revision: article.revision };
  startArticleWork(db, articleId, at);
  appendAudit(
    db,
    {
      actor,
      entity: 'article',
      entityId: articleId,
      action: 'transition',
      before: { status: article.status, revision: article.revision },
      after: { status: 'in_progress', action: 'start' },
    },
    at,
  );
  return { status: 'in_progress', revision: article.revision + 1 };
}
