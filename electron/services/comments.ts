import { apiError } from '../../shared/contract/error-messages';
import type { CommentPayload } from '../../shared/contract/review';
import { articleExists } from '../database/article-workflow-repository';
import { auditedWrite } from '../database/audited-write';
import {
  articleOfValue,
  commentsOfArticle,
  insertComment,
  type CommentKind,
} from '../database/comments-repository';
import type { ProjectDatabase } from '../database/open-project';

export function requireArticle(db: ProjectDatabase, articleId: number): void {
  if (!articleExists(db, articleId)) {
    throw apiError('article-missing', { articleId });
  }
}

/** A comment may name one value, and only a value of the article it is about. */
export function requireValueOfArticle(
  db: ProjectDatabase,
  valueId: number,
  articleId: number,
): void {
  const owner = articleOfValue(db, valueId);
  if (owner === undefined) {
    throw apiError('value-missing', { valueId });
  }
  if (owner !== articleId) {
    throw apiError('value-of-other-article', { valueId, owner, articleId }, [
      `valueId: not a value of article ${articleId}`,
    ]);
  }
}

export function listComments(db: ProjectDatabase, articleId: number): CommentPayload[] {
  requireArticle(db, articleId);
  return commentsOfArticle(db, articleId);
}

/**
 * Stores a comment; the caller has checked the article and value and runs this in the
 * transaction of the change it goes with (a transition), or alone (a plain comment).
 */
export function recordComment(
  db: ProjectDatabase,
  input: { articleId: number; valueId: number | null; body: string; kind: CommentKind },
  author: string,
  at: string,
): CommentPayload {
  return insertComment(db, { ...input, author }, at);
}

/** A plain comment on an article or one of its values, audited so history shows it. */
export function addComment(
  db: ProjectDatabase,
  input: { articleId: number; valueId?: number | undefined; body: string },
  author: string,
): CommentPayload {
  return auditedWrite(db, author, (write) => {
    requireArticle(db, input.articleId);
    if (input.valueId !== undefined) requireValueOfArticle(db, input.valueId, input.articleId);
    const comment = recordComment(
      db,
      {
        articleId: input.articleId,
        valueId: input.valueId ?? null,
        body: input.body,
        kind: 'comment',
      },
      author,
      write.at,
    );
    write.audit({
      entity: 'comment',
      entityId: comment.id,
      action: 'add',
      after: { article: comment.articleId, value: comment.valueId, body: comment.body },
    });
    return comment;
  });
}
