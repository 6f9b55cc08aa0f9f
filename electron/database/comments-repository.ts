import type { CommentPayload } from '../../shared/contract/review';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

export type CommentKind = CommentPayload['kind'];

const COLUMNS =
  'id, article_id AS articleId, value_id AS valueId, author, kind, body, at FROM comments';

export function insertComment(
  db: ProjectDatabase,
  input: {
    articleId: number;
    valueId: number | null;
    author: string;
    kind: CommentKind;
    body: string;
  },
  at: string,
): CommentPayload {
  const id = Number(
    statement(
      db,
      'INSERT INTO comments (article_id, value_id, author, kind, body, at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(input.articleId, input.valueId, input.author, input.kind, input.body, at).lastInsertRowid,
  );
  return { id, ...input, at };
}

/** Oldest first: a review conversation reads top to bottom. */
export function commentsOfArticle(db: ProjectDatabase, articleId: number): CommentPayload[] {
  return statement(db, `SELECT ${COLUMNS} WHERE article_id = ? ORDER BY at, id`).all(
    articleId,
  ) as CommentPayload[];
}

/** The article a value belongs to, or undefined when there is no such value. */
export function articleOfValue(db: ProjectDatabase, valueId: number): number | undefined {
  const row = statement(db, 'SELECT article_id AS articleId FROM field_values WHERE id = ?').get(
    valueId,
  ) as { articleId: number } | undefined;
  return row?.articleId;
}
