import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import type { CommentPayload } from '../../../shared/contract/review';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type DiffChange = MethodOutput<'review.diff'>['changes'][number];

interface ReviewState {
  articleId: number | null;
  changes: DiffChange[] | null;
  comments: CommentPayload[];
  error: ApiError | null;
  load(articleId: number): Promise<void>;
  addComment(body: string, valueId?: number): Promise<boolean>;
}

/** The selected article's review: its diff against the suggestions, and its comments. */
export const useReviewStore = create<ReviewState>((set, get) => ({
  articleId: null,
  changes: null,
  comments: [],
  error: null,

  async load(articleId) {
    if (get().articleId !== articleId) set({ articleId, changes: null, comments: [] });
    try {
      const [diff, comments] = await Promise.all([
        api['review.diff']({ articleId }),
        api['comments.list']({ articleId }),
      ]);
      if (get().articleId === articleId) set({ changes: diff.changes, comments, error: null });
    } catch (error) {
      if (get().articleId === articleId) set({ error: asApiError(error) });
    }
  },

  async addComment(body, valueId) {
    const articleId = get().articleId;
    if (articleId === null) return false;
    try {
      const comment = await api['comments.add']({
        articleId,
        body,
        ...(valueId !== undefined ? { valueId } : {}),
      });
      if (get().articleId === articleId) set((s) => ({ comments: [...s.comments, comment] }));
      return true;
    } catch (error) {
      set({ error: asApiError(error) });
      return false;
    }
  },
}));
