import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type DiffChange = MethodOutput<'review.diff'>['changes'][number];

interface ReviewState {
  articleId: number | null;
  changes: DiffChange[] | null;
  error: ApiError | null;
  load(articleId: number): Promise<void>;
}

/** The selected article's review: its diff against the suggestions (threads: threads-store.ts). */
export const useReviewStore = create<ReviewState>((set, get) => ({
  articleId: null,
  changes: null,
  error: null,

  async load(articleId) {
    if (get().articleId !== articleId) set({ articleId, changes: null });
    try {
      const diff = await api['review.diff']({ articleId });
      if (get().articleId === articleId) set({ changes: diff.changes, error: null });
    } catch (error) {
      if (get().articleId === articleId) set({ error: asApiError(error) });
    }
  },
}));
