import type { ArticleSummary } from '../../../shared/contract/domain';
import type { CodePointRange } from '../../../shared/text/codepoints';

export interface PageNeighbours {
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Every other article of the same page, in page order: where selected text can go. */
  others: ArticleSummary[];
}

/** The articles around one article on its page (same document), by ordinal. */
export function pageNeighbours(
  items: readonly ArticleSummary[],
  articleId: number,
  documentId: number,
): PageNeighbours {
  const page = items
    .filter((a) => a.documentId === documentId)
    .sort((a, b) => a.ordinal - b.ordinal);
  const at = page.findIndex((a) => a.id === articleId);
  return {
    previous: at > 0 ? page[at - 1]! : null,
    next: at >= 0 && at < page.length - 1 ? page[at + 1]! : null,
    others: page.filter((a) => a.id !== articleId),
  };
}

/** Code points of the article before and after a document offset: a split must leave both. */
export function textAround(
  ranges: readonly CodePointRange[],
  at: number,
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const r of ranges) {
    before += Math.max(0, Math.min(r.end, at) - r.start);
    after += Math.max(0, r.end - Math.max(r.start, at));
  }
  return { before, after };
}
