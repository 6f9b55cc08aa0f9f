import { apiError } from '../../shared/contract/error-messages';
import type { CommentPayload } from '../../shared/contract/review';
import type { CodePointRange } from '../../shared/text/codepoints';
import { articleExists } from '../database/article-workflow-repository';
import { auditedWrite } from '../database/audited-write';
import {
  articleOfValue,
  commentById,
  commentsOfArticle,
  insertComment,
  writeThreadResolution,
  type CommentKind,
} from '../database/comments-repository';
import type { ProjectDatabase } from '../database/open-project';
import { spansInArticle } from './value-write';

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
 * transaction of the change it goes with (a transition), or alone (a plain comment). An
 * approval's note starts resolved: it ends the conversation rather than asking for work.
 */
export function recordComment(
  db: ProjectDatabase,
  input: { articleId: number; valueId: number | null; body: string; kind: CommentKind },
  author: string,
  at: string,
): CommentPayload {
  return insertComment(db, { ...input, author, resolved: input.kind === 'approved' }, at);
}

export interface AddCommentInput {
  articleId: number;
  valueId?: number | undefined;
  span?: { start: number; end: number; text?: string | undefined } | undefined;
  replyTo?: number | undefined;
  body: string;
}

/** The thread a reply joins: the thread's first comment, on the same article. */
function threadOf(db: ProjectDatabase, input: AddCommentInput, replyTo: number): CommentPayload {
  if (input.valueId !== undefined || input.span !== undefined) {
    throw apiError('reply-has-no-anchor', {}, [
      `${input.valueId !== undefined ? 'valueId' : 'span'}: not allowed with replyTo`,
    ]);
  }
  const named = commentById(db, replyTo);
  const thread = named?.replyTo != null ? commentById(db, named.replyTo) : named;
  if (!thread) throw apiError('comment-missing', { commentId: replyTo });
  if (thread.articleId !== input.articleId) {
    throw apiError(
      'comment-other-article',
      { commentId: replyTo, threadArticleId: thread.articleId, articleId: input.articleId },
      [`replyTo: not a comment of article ${input.articleId}`],
    );
  }
  return thread;
}

/**
 * Where a new thread points in the text: code points of the document, inside the article, and
 * exactly the characters the caller saw when it says which (the offsets rule of DESIGN.md).
 */
function checkedSpan(
  db: ProjectDatabase,
  articleId: number,
  span: NonNullable<AddCommentInput['span']>,
): CodePointRange {
  const [inside] = spansInArticle(db, articleId, [{ start: span.start, end: span.end }]);
  if (span.text !== undefined && inside!.text !== span.text) {
    throw apiError(
      'comment-span-mismatch',
      {
        start: span.start,
        end: span.end,
        articleId,
        found: JSON.stringify(inside!.text),
        given: JSON.stringify(span.text),
      },
      [`span.text: does not match the article's text at ${span.start}–${span.end}`],
    );
  }
  return { start: span.start, end: span.end };
}

/**
 * A plain comment, audited so history shows it: a new thread on an article, one of its values or
 * a span of its text, or a reply to a thread (`replyTo`; a reply to a reply joins the same thread).
 */
export function addComment(
  db: ProjectDatabase,
  input: AddCommentInput,
  author: string,
): CommentPayload {
  return auditedWrite(db, author, (write) => {
    requireArticle(db, input.articleId);
    const thread = input.replyTo !== undefined ? threadOf(db, input, input.replyTo) : null;
    if (input.valueId !== undefined && input.span !== undefined) {
      throw apiError('comment-two-anchors', {}, ['span: not allowed with valueId']);
    }
    if (input.valueId !== undefined) requireValueOfArticle(db, input.valueId, input.articleId);
    const span = input.span && checkedSpan(db, input.articleId, input.span);
    const comment = insertComment(
      db,
      {
        articleId: input.articleId,
        valueId: input.valueId ?? null,
        author,
        kind: 'comment',
        body: input.body,
        replyTo: thread?.id ?? null,
        span: span ?? null,
      },
      write.at,
    );
    write.audit({
      entity: 'comment',
      entityId: comment.id,
      action: 'add',
      after: {
        article: comment.articleId,
        value: comment.valueId,
        body: comment.body,
        ...(comment.replyTo !== null ? { replyTo: comment.replyTo } : {}),
        ...(comment.span !== null ? { span: comment.span } : {}),
      },
    });
    return comment;
  });
}

/**
 * Resolves a thread or reopens it, recording who and when in the thread and in the audit log.
 * Asking for the state a thread is already in changes nothing and writes no audit row.
 */
export function resolveThread(
  db: ProjectDatabase,
  input: { threadId: number; resolved: boolean },
  actor: string,
): CommentPayload {
  return auditedWrite(db, actor, (write) => {
    const thread = commentById(db, input.threadId);
    if (!thread) {
      throw apiError('comment-missing', { commentId: input.threadId });
    }
    if (thread.replyTo !== null) {
      throw apiError('comment-is-reply', { commentId: thread.id, threadId: thread.replyTo }, [
        `threadId: comment ${thread.id} is a reply`,
      ]);
    }
    if ((thread.resolvedAt !== null) === input.resolved) return thread;
    writeThreadResolution(db, thread.id, input.resolved ? { at: write.at, by: actor } : null);
    write.audit({
      entity: 'comment',
      entityId: thread.id,
      action: input.resolved ? 'resolve' : 'reopen',
      before: {
        article: thread.articleId,
        resolvedAt: thread.resolvedAt,
        resolvedBy: thread.resolvedBy,
      },
      after: {
        article: thread.articleId,
        resolvedAt: input.resolved ? write.at : null,
        resolvedBy: input.resolved ? actor : null,
      },
    });
    return commentById(db, thread.id)!;
  });
}
