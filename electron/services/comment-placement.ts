import { coveredLength, intersectRange } from '../../shared/pages/range-set';
import type { CodePointRange } from '../../shared/text/codepoints';
import type { CommentAnchor } from '../database/comments-repository';
import type { TargetValue } from './page-rewrite';
import type { Draft } from './value-placement';

const covers = (ranges: readonly CodePointRange[], span: CodePointRange): boolean =>
  coveredLength(intersectRange(ranges, span)) === span.end - span.start;

/**
 * Where each comment thread of a page goes when a correction re-cuts it, the way values go: a
 * thread on a value goes with the value (with the part that keeps the value's id when a split
 * divides it); a thread on a span of text goes with the article whose text holds the span; any
 * other thread stays with its article, or goes to the article that absorbs it. Replies follow
 * their thread. Returns comment id → index of the draft's article; comments not listed stay.
 */
export function placeComments(
  anchors: readonly CommentAnchor[],
  draft: Draft,
  values: readonly TargetValue[],
): Map<number, number> {
  const indexOfId = new Map<number, number>();
  draft.articles.forEach((a, i) => a.id !== null && indexOfId.set(a.id, i));
  const valueTarget = new Map<number, number>();
  for (const v of values) if (v.kind === 'kept') valueTarget.set(v.id, v.target);
  const placed = new Map<number, number>();
  const homeOf = (articleId: number): number | undefined => {
    const keeper = draft.keeperOf.get(articleId);
    return keeper !== undefined ? indexOfId.get(keeper) : undefined;
  };
  for (const comment of anchors) {
    let target: number | undefined;
    if (comment.replyTo !== null) target = placed.get(comment.replyTo);
    else if (comment.valueId !== null) target = valueTarget.get(comment.valueId);
    else if (comment.span !== null) {
      const holder = draft.articles.findIndex((a) => covers(a.ranges, comment.span!));
      if (holder !== -1) target = holder;
    }
    target ??= homeOf(comment.articleId);
    if (target !== undefined) placed.set(comment.id, target);
  }
  return placed;
}
