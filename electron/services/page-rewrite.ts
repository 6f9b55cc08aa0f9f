import { apiError } from '../../shared/contract/error-messages';
import type { SegmentationEffect } from '../../shared/contract/domain';
import { valueStates } from '../../shared/contract/domain';
import type { CodePointRange } from '../../shared/text/codepoints';
import {
  deleteEmptiedArticle,
  deleteValue,
  insertRow,
  isArticleIdTaken,
  isValueIdTaken,
  moveComment,
  parkArticleOrdinals,
  placeValue,
  replaceArticleRanges,
  setValueSpans,
  updateArticlePlacement,
  type PageRows,
} from '../database/segmentation-repository';
import type { ProjectDatabase } from '../database/open-project';

/**
 * A page's articles as a correction (or its undo) wants them, and where every value and comment
 * of the page goes. Targets are referred to by their index in `articles`.
 */
export interface PageTarget {
  articles: TargetArticle[];
  /** Every value the page keeps or gains, with its article (target index), place and spans. */
  values: TargetValue[];
  /** Comment id → target index; comments not listed stay where they are. */
  comments: Map<number, number>;
}

export type TargetArticle =
  /** An article of the page that stays: new ranges and place (a new revision if its text changes). */
  | { kind: 'kept'; id: number; ordinal: number; ranges: CodePointRange[] }
  /** An article (re)inserted from a full row: a split's new part, or one an undo brings back. */
  | { kind: 'inserted'; row: Record<string, unknown>; ordinal: number; ranges: CodePointRange[] };

export type TargetValue = { target: number; ordinal: number; spans: CodePointRange[] } & (
  | { kind: 'kept'; id: number }
  /**
   * A value (re)inserted from a full row: the part of a value whose spans a split divided, or a
   * value an undo brings back. `row.id` null for a new one.
   */
  | { kind: 'inserted'; row: Record<string, unknown> }
);

/** A TargetValue before its place in the field is known. */
export type UnplacedValue = TargetValue extends infer T
  ? T extends TargetValue
    ? Omit<T, 'ordinal'>
    : never
  : never;

export const sameRanges = (a: readonly CodePointRange[], b: readonly CodePointRange[]): boolean =>
  a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end);

function refuseTakenId(taken: boolean, what: string, id: unknown): void {
  if (taken) throw apiError('id-taken', { what, id: String(id) });
}

/**
 * Writes `target` over the page as `current` holds it, in the caller's transaction: kept articles
 * get their new ranges and place, inserted ones are created (with their old id when an undo
 * brings one back), values and comments are moved, and only then are the articles that are no
 * longer wanted deleted, so the delete never cascades to curated work. A value of the page that
 * `target` does not list is deleted: only an undo does that, to the copies its correction made.
 */
export function writePage(
  db: ProjectDatabase,
  current: PageRows,
  target: PageTarget,
  at: string,
): void {
  const documentId = current.documentId;
  parkArticleOrdinals(db, documentId);
  const byId = new Map(current.articles.map((a) => [a.id, a]));
  const ids = target.articles.map((article) => {
    if (article.kind === 'kept') {
      // Only an article whose text changes gets a new revision: its place on the page is not
      // its content, so the page's other articles (approved ones too) are left as they were.
      const old = byId.get(article.id)!;
      const changed = !sameRanges(old.ranges, article.ranges);
      updateArticlePlacement(db, article.id, {
        ordinal: article.ordinal,
        revision: changed ? old.revision + 1 : old.revision,
        updatedAt: changed ? at : (old.row.updated_at as string),
      });
      if (changed) replaceArticleRanges(db, article.id, article.ranges);
      return article.id;
    }
    const wantedId = article.row.id;
    if (typeof wantedId === 'number')
      refuseTakenId(isArticleIdTaken(db, wantedId), 'Article', wantedId);
    const id = insertRow(db, 'articles', {
      ...article.row,
      document_id: documentId,
      ordinal: article.ordinal,
    });
    replaceArticleRanges(db, id, article.ranges);
    return id;
  });
  const values = new Map(current.values.map((v) => [v.id, v]));
  const listed = new Set<number>();
  for (const value of target.values) {
    const articleId = ids[value.target]!;
    if (value.kind === 'inserted') {
      const wantedId = value.row.id;
      if (typeof wantedId === 'number')
        refuseTakenId(isValueIdTaken(db, wantedId), 'Value', wantedId);
      const id = insertRow(db, 'field_values', {
        ...value.row,
        article_id: articleId,
        ordinal: value.ordinal,
      });
      setValueSpans(db, id, documentId, value.spans);
      listed.add(id);
      continue;
    }
    listed.add(value.id);
    const old = values.get(value.id)!;
    if (old.articleId !== articleId || old.ordinal !== value.ordinal)
      placeValue(db, value.id, articleId, value.ordinal);
    if (!sameRanges(old.spans, value.spans)) setValueSpans(db, value.id, documentId, value.spans);
  }
  for (const old of current.values) if (!listed.has(old.id)) deleteValue(db, old.id);
  const commentArticle = new Map(current.comments.map((c) => [c.id, c.articleId]));
  for (const [commentId, index] of target.comments) {
    if (commentArticle.get(commentId) !== ids[index]) moveComment(db, commentId, ids[index]!);
  }
  const wanted = new Set(ids);
  for (const old of current.articles) if (!wanted.has(old.id)) deleteEmptiedArticle(db, old.id);
}

/** What `target` does to the page's curated work, for the curator to confirm or the answer. */
export function effectOf(current: PageRows, target: PageTarget): SegmentationEffect {
  const moving = new Map<string, number>();
  const keptIds = target.articles.map((a) => (a.kind === 'kept' ? a.id : null));
  const touched = new Set(
    current.articles
      .filter((a) => {
        const index = keptIds.indexOf(a.id);
        return index < 0 || !sameRanges(target.articles[index]!.ranges, a.ranges);
      })
      .map((a) => a.id),
  );
  const goesTo = new Map<number, number | null>();
  let valuesDivided = 0;
  for (const value of target.values) {
    if (value.kind === 'kept') goesTo.set(value.id, keptIds[value.target] ?? null);
    else if (value.row.id === null) valuesDivided++;
  }
  let valuesStaying = 0;
  for (const value of current.values) {
    const to = goesTo.get(value.id);
    if (to !== undefined && to !== value.articleId)
      moving.set(value.state, (moving.get(value.state) ?? 0) + 1);
    else if (touched.has(value.articleId)) valuesStaying++;
  }
  let commentsMoving = 0;
  for (const comment of current.comments) {
    const index = target.comments.get(comment.id);
    if (index !== undefined && keptIds[index] !== comment.articleId) commentsMoving++;
  }
  return {
    valuesMoving: valueStates
      .filter((state) => moving.has(state))
      .map((state) => ({ state, count: moving.get(state)! })),
    valuesStaying,
    valuesDivided,
    commentsMoving,
  };
}

/**
 * Articles waiting for or past review cannot have their text cut or moved: the reviewer's
 * decision is about exactly that text. They must be reopened (or sent back) first.
 */
export function refuseLockedArticles(
  articles: readonly { id: number; status: string }[],
  action: string,
): void {
  for (const article of articles) {
    if (article.status === 'approved') {
      throw apiError('article-approved-locked', { articleId: article.id, change: `be ${action}` });
    }
    if (article.status === 'submitted') {
      throw apiError('article-submitted-locked', {
        articleId: article.id,
        change: `be ${action}`,
      });
    }
  }
}
