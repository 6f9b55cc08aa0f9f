import type { CommentPayload } from '../../shared/contract/review';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

export type CommentKind = CommentPayload['kind'];

const COLUMNS =
  'id, article_id AS articleId, value_id AS valueId, author, kind, body, at FROM comments';

const insert = prepare<
  [
    articleId: number,
    valueId: number | null,
    author: string,
    kind: string,
    body: string,
    at: string,
  ]
>('INSERT INTO comments (article_id, value_id, author, kind, body, at) VALUES (?, ?, ?, ?, ?, ?)');

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
    insert.run(db, input.articleId, input.valueId, input.author, input.kind, input.body, at)
      .lastInsertRowid,
  );
  return { id, ...input, at };
}

const ofArticle = prepare<[articleId: number], CommentPayload>(
  `SELECT ${COLUMNS} WHERE article_id = ? ORDER BY at, id`,
);

/** Oldest first: a review conversation reads top to bottom. */
export function commentsOfArticle(db: ProjectDatabase, articleId: number): CommentPayload[] {
  return ofArticle.all(db, articleId);
}

const valueOwner = prepare<[valueId: number], { articleId: number }>(
  'SELECT article_id AS articleId FROM field_values WHERE id = ?',
);

/** The article a value belongs to, or undefined when there is no such value. */
export function articleOfValue(db: ProjectDatabase, valueId: number): number | undefined {
  return valueOwner.get(db, valueId)?.articleId;
}
