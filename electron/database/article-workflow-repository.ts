import type { ArticleStatus } from '../../shared/contract/domain';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** An article's place in the review workflow (services/workflow.ts, services/article-guard.ts). */

const exists = prepare<[articleId: number], { found: 1 }>(
  'SELECT 1 AS found FROM articles WHERE id = ?',
);

export function articleExists(db: ProjectDatabase, articleId: number): boolean {
  return exists.get(db, articleId) !== undefined;
}

export interface ArticleWorkflowRow {
  id: number;
  title: string | null;
  status: ArticleStatus;
  revision: number;
}

const workflowRow = prepare<[articleId: number], ArticleWorkflowRow>(
  'SELECT id, title, status, revision FROM articles WHERE id = ?',
);

export function articleWorkflowRow(
  db: ProjectDatabase,
  articleId: number,
): ArticleWorkflowRow | undefined {
  return workflowRow.get(db, articleId);
}

const setStatus = prepare<[status: string, revision: number, at: string, articleId: number]>(
  'UPDATE articles SET status = ?, revision = ?, updated_at = ? WHERE id = ?',
);

/** Moves the article to `status` at `revision` (the caller has checked the one it saw). */
export function writeArticleStatus(
  db: ProjectDatabase,
  articleId: number,
  change: { status: ArticleStatus; revision: number },
  at: string,
): void {
  setStatus.run(db, change.status, change.revision, at, articleId);
}

const start = prepare<[at: string, articleId: number]>(
  "UPDATE articles SET status = 'in_progress', revision = revision + 1, updated_at = ? WHERE id = ?",
);

/** The article is in progress, at its next revision. */
export function startArticleWork(db: ProjectDatabase, articleId: number, at: string): void {
  start.run(db, at, articleId);
}
