import type { CommentPayload } from '../../shared/contract/review';
import type { CodePointRange } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

export type CommentKind = CommentPayload['kind'];

/** One row of `comments` as stored; a work package carries and merges the same shape. */
export interface CommentRow {
  id: number;
  articleId: number;
  valueId: number | null;
  author: string;
  kind: CommentKind;
  body: string;
  at: string;
  /** The thread's first comment, for a reply (migration 16). */
  replyTo: number | null;
  spanStart: number | null;
  spanEnd: number | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

interface CommentRowOut extends CommentRow {
  /** The span's text read from the document in the same query (SQLite's substr counts code points). */
  spanText: string | null;
}

const COLUMNS = `c.id, c.article_id AS articleId, c.value_id AS valueId, c.author, c.kind, c.body,
  c.at, c.reply_to AS replyTo, c.span_start AS spanStart, c.span_end AS spanEnd,
  CASE WHEN c.span_start IS NULL THEN NULL
       ELSE substr(d.text, c.span_start + 1, c.span_end - c.span_start) END AS spanText,
  c.resolved_at AS resolvedAt, c.resolved_by AS resolvedBy
  FROM comments c JOIN articles a ON a.id = c.article_id JOIN documents d ON d.id = a.document_id`;

function payloadOf(row: CommentRowOut): CommentPayload {
  const { spanStart, spanEnd, spanText, ...rest } = row;
  return {
    ...rest,
    span:
      spanStart !== null && spanEnd !== null
        ? { start: spanStart, end: spanEnd, text: spanText ?? '' }
        : null,
  };
}

const insert = prepare<[Omit<CommentRow, 'id'>]>(
  `INSERT INTO comments (article_id, value_id, author, kind, body, at, reply_to, span_start,
     span_end, resolved_at, resolved_by)
   VALUES (@articleId, @valueId, @author, @kind, @body, @at, @replyTo, @spanStart, @spanEnd,
     @resolvedAt, @resolvedBy)`,
);

export interface NewComment {
  articleId: number;
  valueId: number | null;
  author: string;
  kind: CommentKind;
  body: string;
  replyTo?: number | null | undefined;
  span?: CodePointRange | null | undefined;
  /** An approval's note closes its conversation as it is written (see migration 16). */
  resolved?: boolean | undefined;
}

/** Writes a comment row as given (a package merge has mapped its ids); returns the new id. */
export function insertCommentRow(db: ProjectDatabase, row: Omit<CommentRow, 'id'>): number {
  return Number(insert.run(db, row).lastInsertRowid);
}

export function insertComment(db: ProjectDatabase, input: NewComment, at: string): CommentPayload {
  const id = insertCommentRow(db, {
    articleId: input.articleId,
    valueId: input.valueId,
    author: input.author,
    kind: input.kind,
    body: input.body,
    at,
    replyTo: input.replyTo ?? null,
    spanStart: input.span?.start ?? null,
    spanEnd: input.span?.end ?? null,
    resolvedAt: input.resolved ? at : null,
    resolvedBy: input.resolved ? input.author : null,
  });
  return commentById(db, id)!;
}

const byId = prepare<[id: number], CommentRowOut>(`SELECT ${COLUMNS} WHERE c.id = ?`);

export function commentById(db: ProjectDatabase, id: number): CommentPayload | undefined {
  const row = byId.get(db, id);
  return row && payloadOf(row);
}

const ofArticle = prepare<[articleId: number], CommentRowOut>(
  `SELECT ${COLUMNS} WHERE c.article_id = ? ORDER BY c.at, c.id`,
);

/** Oldest first: a review conversation reads top to bottom. Threads are grouped by the reader. */
export function commentsOfArticle(db: ProjectDatabase, articleId: number): CommentPayload[] {
  return ofArticle.all(db, articleId).map(payloadOf);
}

const setResolved = prepare<[{ id: number; at: string | null; by: string | null }]>(
  'UPDATE comments SET resolved_at = @at, resolved_by = @by WHERE id = @id',
);

/** Marks a thread resolved (by whom, when) or open again (`by` null). */
export function writeThreadResolution(
  db: ProjectDatabase,
  threadId: number,
  resolution: { at: string; by: string } | null,
): void {
  setResolved.run(db, { id: threadId, at: resolution?.at ?? null, by: resolution?.by ?? null });
}

const openThreads = prepare<[articleId: number], { n: number }>(
  `SELECT count(*) AS n FROM comments
    WHERE article_id = ? AND reply_to IS NULL AND resolved_at IS NULL`,
);

/** Threads of the article nobody has resolved (read through the partial index of migration 16). */
export function openThreadCount(db: ProjectDatabase, articleId: number): number {
  return openThreads.get(db, articleId)!.n;
}

const valueOwner = prepare<[valueId: number], { articleId: number }>(
  'SELECT article_id AS articleId FROM field_values WHERE id = ?',
);

/** The article a value belongs to, or undefined when there is no such value. */
export function articleOfValue(db: ProjectDatabase, valueId: number): number | undefined {
  return valueOwner.get(db, valueId)?.articleId;
}

/** Where a comment of a page points: what a segmentation correction needs to carry it. */
export interface CommentAnchor {
  id: number;
  articleId: number;
  valueId: number | null;
  replyTo: number | null;
  span: CodePointRange | null;
}

const anchorsOfDocument = prepare<
  [documentId: number],
  Omit<CommentAnchor, 'span'> & { spanStart: number | null; spanEnd: number | null }
>(
  `SELECT c.id, c.article_id AS articleId, c.value_id AS valueId, c.reply_to AS replyTo,
          c.span_start AS spanStart, c.span_end AS spanEnd
     FROM comments c JOIN articles a ON a.id = c.article_id
    WHERE a.document_id = ? ORDER BY c.id`,
);

/** The anchors of every comment on a page's articles, by id (a thread before its replies). */
export function commentAnchorsOfDocument(db: ProjectDatabase, documentId: number): CommentAnchor[] {
  return anchorsOfDocument.all(db, documentId).map(({ spanStart, spanEnd, ...rest }) => ({
    ...rest,
    span: spanStart !== null && spanEnd !== null ? { start: spanStart, end: spanEnd } : null,
  }));
}
