import type { SegmentationResult } from '../../../shared/contract/domain';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import { enqueueSave, type EditCommand } from '../editing/editing-store';

/** One segmentation correction of a page, as the curator asked for it. */
export type Correction =
  | { kind: 'split'; articleId: number; at: number }
  | { kind: 'merge'; articleIds: number[] }
  | { kind: 'move'; fromId: number; toId: number; start: number; end: number };

/** Sends a correction; `dryRun` asks what it would move without changing anything. */
export function sendCorrection(
  correction: Correction,
  dryRun: boolean,
): Promise<SegmentationResult> {
  switch (correction.kind) {
    case 'split':
      return api['articles.split']({ articleId: correction.articleId, at: correction.at, dryRun });
    case 'merge':
      return api['articles.merge']({ articleIds: correction.articleIds, dryRun });
    case 'move':
      return api['articles.moveRange']({
        fromArticleId: correction.fromId,
        toArticleId: correction.toId,
        start: correction.start,
        end: correction.end,
        dryRun,
      });
  }
}

/** The article that keeps its id through the correction (and its undo): undo shows it. */
export function keeperOf(correction: Correction): number {
  if (correction.kind === 'split') return correction.articleId;
  if (correction.kind === 'merge') return correction.articleIds[0]!;
  return correction.fromId;
}

/** Every correction rewrites the page's articles: reload the list and show `articleId`. */
async function showPage(articleId: number | undefined): Promise<void> {
  await useArticlesStore.getState().loadList();
  if (articleId !== undefined) await useArticlesStore.getState().select(articleId);
}

/**
 * A correction as an undoable change: it runs through the save queue (after the value writes
 * made before it), shows the article the curator should look at next, and its inverse is
 * articles.undoCorrection, which puts the page's articles and values back exactly.
 */
export function correctionCommand(
  correction: Correction,
  pageBefore: ReadonlySet<number>,
): EditCommand {
  const keeper = keeperOf(correction);
  return {
    articleId: keeper,
    kind: 'segmentation',
    async run() {
      const result = await enqueueSave(() => sendCorrection(correction, false));
      // After a split, the new second part is the article not on the page before.
      const next =
        correction.kind === 'split'
          ? (result.articleIds.find((id) => !pageBefore.has(id)) ?? keeper)
          : keeper;
      await showPage(next);
      return undoCorrectionCommand(result.correctionId!, keeper);
    },
  };
}

/** Undoes a correction (or redoes it: undoing an undo), then shows `articleId`. */
function undoCorrectionCommand(correctionId: number, articleId: number): EditCommand {
  return {
    articleId,
    kind: 'segmentation',
    async run() {
      const result = await enqueueSave(() => api['articles.undoCorrection']({ correctionId }));
      await showPage(result.articleIds.includes(articleId) ? articleId : result.articleIds[0]);
      return undoCorrectionCommand(result.correctionId!, articleId);
    },
  };
}
