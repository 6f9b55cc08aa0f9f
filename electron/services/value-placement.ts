import { apiError } from '../../shared/contract/error-messages';
import { coveredLength, intersectRange } from '../../shared/pages/range-set';
import type { CodePointRange } from '../../shared/text/codepoints';
import type { PageRows, ValuePlacement } from '../database/segmentation-repository';
import type { TargetValue, UnplacedValue } from './page-rewrite';

/**
 * A page's articles as a correction wants them: an existing article (by id) with new ranges, or
 * a new one. `keeperOf` names, for each article that disappears, the article its spanless values
 * and its comments go to.
 */
export interface Draft {
  articles: { id: number | null; ranges: CodePointRange[]; signals?: string[] }[];
  keeperOf: Map<number, number>;
}

const covers = (ranges: readonly CodePointRange[], span: CodePointRange): boolean =>
  coveredLength(intersectRange(ranges, span)) === span.end - span.start;

/**
 * Where each value of the page goes: with the article whose text holds its spans. A value without
 * spans (or whose spans were already outside its article) stays with its article, or goes to the
 * article that absorbs it. A value whose spans end up in two articles (a hospital named in both
 * halves of a split) stays whole on each side: the original keeps the spans on its side (the
 * first span's side when its article lost them all) and a copy, same value and state, takes the
 * rest. A single span the cut would divide is refused by name: a provenance is not cut in two.
 */
export function placeValues(page: PageRows, draft: Draft, at: string): TargetValue[] {
  const indexOfId = new Map<number, number>();
  draft.articles.forEach((a, i) => a.id !== null && indexOfId.set(a.id, i));
  const homeOf = (articleId: number): number =>
    indexOfId.get(articleId) ?? indexOfId.get(draft.keeperOf.get(articleId)!)!;
  const oldRanges = new Map(page.articles.map((a) => [a.id, a.ranges]));
  const articleOrdinal = new Map(page.articles.map((a) => [a.id, a.ordinal]));
  const staying: TargetValue[] = [];
  const arriving: { value: ValuePlacement; part: UnplacedValue }[] = [];
  for (const value of page.values) {
    const home = homeOf(value.articleId);
    const holderOf = (span: CodePointRange): number =>
      covers(draft.articles[home]!.ranges, span)
        ? home
        : draft.articles.findIndex((a) => covers(a.ranges, span));
    const holders = value.spans.map(holderOf);
    const wasInside = value.spans.every((span) => covers(oldRanges.get(value.articleId)!, span));
    if (holders.every((h) => h === home) || !wasInside) {
      const keep = { kind: 'kept' as const, id: value.id, target: home, spans: value.spans };
      if (draft.articles[home]!.id === value.articleId)
        staying.push({ ...keep, ordinal: value.ordinal });
      else arriving.push({ value, part: keep });
      continue;
    }
    const cut = value.spans.find((_, i) => holders[i] === -1);
    if (cut) {
      throw apiError('change-cuts-provenance', {
        start: cut.start,
        end: cut.end,
        valueId: value.id,
        fieldKey: value.fieldKey,
      });
    }
    const sides = [...new Set(holders)];
    const originalSide = sides.includes(home) ? home : holders[0]!;
    for (const side of [originalSide, ...sides.filter((t) => t !== originalSide)]) {
      const spans = value.spans.filter((_, i) => holders[i] === side);
      const part: UnplacedValue =
        side === originalSide
          ? { kind: 'kept', id: value.id, target: side, spans }
          : {
              kind: 'inserted',
              target: side,
              spans,
              row: { ...value.row, id: null, revision: 1, created_at: at, updated_at: at },
            };
      if (part.kind === 'kept' && draft.articles[side]!.id === value.articleId)
        staying.push({ ...part, ordinal: value.ordinal });
      else arriving.push({ value, part });
    }
  }
  // Arriving values go after the values their new article already has in the same field, in the
  // order of the page's articles and of their old places.
  arriving.sort(
    (a, b) =>
      articleOrdinal.get(a.value.articleId)! - articleOrdinal.get(b.value.articleId)! ||
      a.value.ordinal - b.value.ordinal ||
      a.value.id - b.value.id,
  );
  const fieldOf = new Map(page.values.map((v) => [v.id, v.fieldKey]));
  const nextOrdinal = new Map<string, number>();
  for (const value of staying) {
    const key = `${value.target}|${fieldOf.get(value.kind === 'kept' ? value.id : -1)}`;
    nextOrdinal.set(key, Math.max(nextOrdinal.get(key) ?? 0, value.ordinal + 1));
  }
  const placed = arriving.map(({ value, part }) => {
    const key = `${part.target}|${value.fieldKey}`;
    const ordinal = nextOrdinal.get(key) ?? 0;
    nextOrdinal.set(key, ordinal + 1);
    return { ...part, ordinal };
  });
  return [...staying, ...placed];
}
