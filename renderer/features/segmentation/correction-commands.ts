import { useArticlesStore } from '../articles/articles-store';
import { correctionWrites, type Correction } from '../articles/articles-store.corrections';
import { enqueueSave, type EditCommand } from '../editing/editing-store';

export type { Correction } from '../articles/articles-store.corrections';

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
      const result = await enqueueSave(() => correctionWrites.send(correction, false));
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
      const result = await enqueueSave(() => correctionWrites.undo(correctionId));
      await showPage(result.articleIds.includes(articleId) ? articleId : result.articleIds[0]);
      return undoCorrectionCommand(result.correctionId!, articleId);
    },
  };
}
