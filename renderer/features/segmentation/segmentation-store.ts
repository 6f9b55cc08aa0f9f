import { create } from 'zustand';
import type { SegmentationEffect } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { useArticlesStore } from '../articles/articles-store';
import { correctionWrites } from '../articles/articles-store.corrections';
import { useEditingStore } from '../editing/editing-store';
import { correctionCommand, keeperOf, type Correction } from './correction-commands';

interface SegmentationState {
  /** A correction is on its way: the menu waits rather than sending a second one. */
  busy: boolean;
  error: ApiError | null;
  /** A correction that moves curated work, shown to the curator before it is made. */
  pending: { correction: Correction; effect: SegmentationEffect } | null;
  /** Splits the article in two at a document offset (code points); shows the second part. */
  split(articleId: number, at: number): Promise<boolean>;
  /** Merges articles of one page into the first one given, and shows it. */
  merge(articleIds: number[]): Promise<boolean>;
  /** Moves the text of [start, end) from one article to another; stays on the first one. */
  moveRange(fromId: number, toId: number, start: number, end: number): Promise<boolean>;
  /** Makes the pending correction. */
  confirm(): Promise<boolean>;
  cancel(): void;
  dismissError(): void;
}

/** Ids of the articles the list currently shows for the page of `articleId`. */
function pageOf(articleId: number): Set<number> {
  const articles = useArticlesStore.getState();
  const documentId =
    articles.detail?.id === articleId
      ? articles.detail.documentId
      : articles.items.find((a) => a.id === articleId)?.documentId;
  return new Set(articles.items.filter((a) => a.documentId === documentId).map((a) => a.id));
}

/** Whether a correction touches curated work at all (then it is confirmed first). */
function movesWork(correction: Correction, effect: SegmentationEffect): boolean {
  return (
    correction.kind === 'merge' ||
    effect.valuesMoving.length > 0 ||
    effect.valuesDivided > 0 ||
    effect.commentsMoving > 0
  );
}

/**
 * Segmentation corrections of a page. Each is first sent as a dry run: when it would move values
 * or comments (and always for a merge) the curator sees what moves and confirms; then it is made
 * as an undoable change (Ctrl+Z puts the page back).
 */
export const useSegmentationStore = create<SegmentationState>((set, get) => {
  async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
    if (get().busy) return null;
    set({ busy: true, error: null });
    try {
      const result = await work();
      set({ busy: false });
      return result;
    } catch (error) {
      set({ busy: false, error: asApiError(error) });
      // A refusal often means the page changed elsewhere: show it as it is now.
      void useArticlesStore.getState().loadList();
      return null;
    }
  }

  function apply(correction: Correction): Promise<boolean> {
    const page = pageOf(keeperOf(correction));
    return attempt(async () => {
      await useEditingStore.getState().perform(correctionCommand(correction, page));
      return true;
    }).then((done) => done === true);
  }

  async function request(correction: Correction): Promise<boolean> {
    const preview = await attempt(() => correctionWrites.send(correction, true));
    if (!preview) return false;
    if (movesWork(correction, preview.effect)) {
      set({ pending: { correction, effect: preview.effect } });
      return true;
    }
    return apply(correction);
  }

  return {
    busy: false,
    error: null,
    pending: null,

    split: (articleId, at) => request({ kind: 'split', articleId, at }),
    merge: (articleIds) => request({ kind: 'merge', articleIds }),
    moveRange: (fromId, toId, start, end) => request({ kind: 'move', fromId, toId, start, end }),

    confirm() {
      const pending = get().pending;
      set({ pending: null });
      return pending ? apply(pending.correction) : Promise.resolve(false);
    },

    cancel() {
      set({ pending: null });
    },

    dismissError() {
      set({ error: null });
    },
  };
});
