import { ApiError } from '../../shared/contract/errors';
import type { SegmentationEffect } from '../../shared/contract/domain';
import { valueStates } from '../../shared/contract/domain';
import type { CodePointRange } from '../../shared/text/codepoints';
import {
  deleteEmptiedArticle,
  insertArticleRow,
  isArticleIdTaken,
  moveComment,
  parkArticleOrdinals,
  placeValue,
  replaceArticleRanges,
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
  /** Value id → target index and ordinal in its field; values not listed stay where they are. */
  values: Map<number, { target: number; ordinal: number }>;
  /** Comment id → target index; comments not listed stay where they are. */
  comments: Map<number, number>;
}

export type TargetArticle =
  /** An article of the page that stays: new ranges and place (its revision moves on if its text changes). */
  | { kind: 'kept'; id: number; ordinal: number; ranges: CodePointRange[] }
  /** An article (re)inserted from a full row: a split's new part, or one an undo brings back. */
  | { kind: 'inserted'; row: Record<string, unknown>; ordinal: number; ranges: CodePointRange[] };

const sameRanges = (a: readonly CodePointRange[], b: readonly CodePointRange[]): boolean =>
  a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end);

/**
 * Writes `target` over the page as `current` holds it, in the caller's transaction: kept articles
 * get their new ranges and place (revision + 1), inserted ones are created (with their old id
 * when an undo brings one back), values and comments are moved, and only then are the articles
 * that are no longer wanted deleted, so the delete never cascades to curated work. Returns the
 * ids of the target articles, in target order.
 */
export function writePage(
  db: ProjectDatabase,
  current: PageRows,
  target: PageTarget,
  at: string,
): number[] {
  parkArticleOrdinals(db, current.documentId);
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
    if (typeof wantedId === 'number' && isArticleIdTaken(db, wantedId)) {
      throw new ApiError(
        'conflict',
        `Article ${wantedId} cannot be brought back: another article has its id now.`,
      );
    }
    const id = insertArticleRow(db, {
      ...article.row,
      document_id: current.documentId,
      ordinal: article.ordinal,
    });
    replaceArticleRanges(db, id, article.ranges);
    return id;
  });
  const placed = new Map(current.values.map((v) => [v.id, v]));
  for (const [valueId, place] of target.values) {
    const old = placed.get(valueId);
    const articleId = ids[place.target]!;
    if (!old || old.articleId !== articleId || old.ordinal !== place.ordinal)
      placeValue(db, valueId, articleId, place.ordinal);
  }
  const commentArticle = new Map(current.comments.map((c) => [c.id, c.articleId]));
  for (const [commentId, index] of target.comments) {
    if (commentArticle.get(commentId) !== ids[index]) moveComment(db, commentId, ids[index]!);
  }
  const wanted = new Set(ids);
  for (const old of current.articles) if (!wanted.has(old.id)) deleteEmptiedArticle(db, old.id);
  return ids;
}

/** What `target` does to the page's curated work, for the curator to confirm or the answer. */
export function effectOf(current: PageRows, target: PageTarget): SegmentationEffect {
  const moving = new Map<string, number>();
  let valuesStaying = 0;
  const keptIds = target.articles.map((a) => (a.kind === 'kept' ? a.id : null));
  const touched = new Set(
    current.articles
      .filter((a) => {
        const index = keptIds.indexOf(a.id);
        const wanted = index >= 0 ? target.articles[index]! : null;
        return !wanted || !sameRanges(wanted.ranges, a.ranges);
      })
      .map((a) => a.id),
  );
  for (const value of current.values) {
    const place = target.values.get(value.id);
    const goesTo = place ? keptIds[place.target] : value.articleId;
    if (goesTo !== value.articleId) moving.set(value.state, (moving.get(value.state) ?? 0) + 1);
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
      throw new ApiError(
        'forbidden',
        `Article ${article.id} is approved; a reviewer must reopen it before it can be ${action}.`,
      );
    }
    if (article.status === 'submitted') {
      throw new ApiError(
        'forbidden',
        `Article ${article.id} is submitted for review; it must be sent back or approved and reopened before it can be ${action}.`,
      );
    }
  }
}
