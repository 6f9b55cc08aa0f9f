import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { CommentPayload } from '../../../shared/contract/review';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import type { ThreadAnchor } from './threads';

interface ThreadsState {
  articleId: number | null;
  comments: CommentPayload[];
  error: ApiError | null;
  /** The comments drawer is open; `focusedThreadId` is scrolled to and marked there. */
  panelOpen: boolean;
  focusedThreadId: number | null;
  /** A new thread being written, and where it points. */
  composing: ThreadAnchor | null;
  load(articleId: number): Promise<void>;
  openPanel(threadId?: number): void;
  closePanel(): void;
  compose(anchor: ThreadAnchor): void;
  stopComposing(): void;
  start(anchor: ThreadAnchor, body: string): Promise<boolean>;
  reply(threadId: number, body: string): Promise<boolean>;
  resolve(threadId: number, resolved: boolean): Promise<boolean>;
}

const anchorInput = (anchor: ThreadAnchor) =>
  anchor.kind === 'value'
    ? { valueId: anchor.valueId }
    : anchor.kind === 'span'
      ? { span: { start: anchor.start, end: anchor.end, text: anchor.text } }
      : {};

/**
 * The open article's comment threads, shown beside the article, on its values and in its text.
 * Every change re-reads the article list too, whose rows count each article's open threads.
 */
export const useThreadsStore = create<ThreadsState>((set, get) => {
  /** Runs one write for the article shown, then reloads its threads and the list's counts. */
  const write = async (run: (articleId: number) => Promise<unknown>): Promise<boolean> => {
    const articleId = get().articleId;
    if (articleId === null) return false;
    try {
      await run(articleId);
      await get().load(articleId);
      void useArticlesStore.getState().loadList();
      return true;
    } catch (error) {
      set({ error: asApiError(error) });
      return false;
    }
  };
  return {
    articleId: null,
    comments: [],
    error: null,
    panelOpen: false,
    focusedThreadId: null,
    composing: null,

    async load(articleId) {
      if (get().articleId !== articleId)
        set({ articleId, comments: [], composing: null, focusedThreadId: null, error: null });
      try {
        const comments = await api['comments.list']({ articleId });
        if (get().articleId === articleId) set({ comments });
      } catch (error) {
        if (get().articleId === articleId) set({ error: asApiError(error) });
      }
    },
    openPanel: (threadId) => set({ panelOpen: true, focusedThreadId: threadId ?? null }),
    closePanel: () => set({ panelOpen: false, composing: null, error: null }),
    compose: (anchor) =>
      set({ panelOpen: true, composing: anchor, focusedThreadId: null, error: null }),
    stopComposing: () => set({ composing: null, error: null }),
    start: async (anchor, body) => {
      const ok = await write((articleId) =>
        api['comments.add']({ articleId, body, ...anchorInput(anchor) }),
      );
      if (ok) set({ composing: null });
      return ok;
    },
    reply: (threadId, body) =>
      write((articleId) => api['comments.add']({ articleId, replyTo: threadId, body })),
    resolve: (threadId, resolved) => write(() => api['comments.resolve']({ threadId, resolved })),
  };
});

// The shown article's threads follow it: a new article, or the same one read again after a
// workflow step (a request for changes adds its comment), loads them.
useArticlesStore.subscribe((state, previous) => {
  if (state.detail === previous.detail || !state.detail) return;
  void useThreadsStore.getState().load(state.detail.id);
});
