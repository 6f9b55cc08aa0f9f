import type { SegmentationResult } from '../../../shared/contract/domain';
import { api } from '../../api/client';

/** One segmentation correction of a page, as the curator asked for it. */
export type Correction =
  | { kind: 'split'; articleId: number; at: number }
  | { kind: 'merge'; articleIds: number[] }
  | { kind: 'move'; fromId: number; toId: number; start: number; end: number };

/**
 * The articles store's writes that rewrite a page's articles. They only send: the caller (an
 * undoable command) runs them through the save queue, then reloads the list.
 */
export const correctionWrites = {
  /** Sends a correction; `dryRun` asks what it would move without changing anything. */
  send(correction: Correction, dryRun: boolean): Promise<SegmentationResult> {
    switch (correction.kind) {
      case 'split':
        return api['articles.split']({
          articleId: correction.articleId,
          at: correction.at,
          dryRun,
        });
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
  },

  /** Puts the page's articles and values back as they were before a correction. */
  undo(correctionId: number): Promise<SegmentationResult> {
    return api['articles.undoCorrection']({ correctionId });
  },
};
