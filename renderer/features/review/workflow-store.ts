import { create } from 'zustand';
import type { ArticleFilter } from '../../../shared/contract/articles';
import type { ApiError } from '../../../shared/contract/errors';
import type { ArticleStatus } from '../../../shared/contract/domain';
import type { WorkflowAction } from '../../../shared/contract/articles';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import i18n from '../../i18n';
import { uiError } from '../../i18n/error-text';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { useReviewStore } from './review-store';

interface WorkflowState {
  busy: boolean;
  error: ApiError | null;
  /** The request-for-changes dialog (it needs a comment). */
  requestOpen: boolean;
  /** Nothing left in the review queue after the last "next" press. */
  queueEmpty: boolean;
  run(action: WorkflowAction, comment?: string, valueId?: number): Promise<boolean>;
  assign(
    assigneeId: number | null,
    target: { articleIds: number[] } | { filter: ArticleFilter },
  ): Promise<number | null>;
  /** How many articles a filter selects (for the bulk assignment's confirmation). */
  count(filter: ArticleFilter): Promise<number | null>;
  nextInQueue(): Promise<void>;
  openRequest(): void;
  closeRequest(): void;
  dismissError(): void;
}

/** The selected article's place in the workflow: transitions, assignment, the review queue. */
export const useWorkflowStore = create<WorkflowState>((set, get) => ({
  busy: false,
  error: null,
  requestOpen: false,
  queueEmpty: false,

  async run(action, comment, valueId) {
    const seen = useArticlesStore.getState().detail;
    if (!seen || get().busy) return false;
    set({ busy: true, error: null });
    try {
      const now = await api['articles.get']({ id: seen.id });
      // The curator's own first edit starts the article on the server; any other move of the
      // status since the user looked means they would act on something they have not seen.
      if (now.status !== seen.status && !(startsWork(seen.status) && now.status === 'in_progress'))
        throw uiError(
          'conflict',
          i18n.t('review.errors.moved', { status: i18n.t(`status.${now.status}`) }),
        );
      await api['articles.transition']({
        articleId: seen.id,
        revision: now.revision,
        action,
        ...(comment ? { comment } : {}),
        ...(valueId !== undefined ? { valueId } : {}),
      });
      set({ busy: false, requestOpen: false });
      return true;
    } catch (error) {
      set({ busy: false, error: asApiError(error) });
      return false;
    } finally {
      await refreshArticle(seen.id);
    }
  },

  async assign(assigneeId, target) {
    set({ busy: true, error: null });
    try {
      const { count } = await api['articles.assign']({ assigneeId, ...target });
      set({ busy: false });
      void useArticlesStore.getState().loadList();
      return count;
    } catch (error) {
      set({ busy: false, error: asApiError(error) });
      return null;
    }
  },

  async count(filter) {
    try {
      return (await api['articles.list']({ ...filter, offset: 0, limit: 1 })).total;
    } catch (error) {
      set({ error: asApiError(error) });
      return null;
    }
  },

  async nextInQueue() {
    const { selectedId, select } = useArticlesStore.getState();
    try {
      const queue = await api['articles.list']({ status: 'submitted', offset: 0, limit: 1000 });
      const ids = queue.items.map((a) => a.id);
      // The next submitted article after this one in list order, wrapping round.
      const after = ids.filter((id) => selectedId === null || id > selectedId);
      const next = after[0] ?? ids.find((id) => id !== selectedId);
      set({ queueEmpty: next === undefined });
      if (next === undefined) return;
      await select(next);
      requestAnimationFrame(() =>
        document
          .querySelector(`[role=option][data-article-id="${next}"]`)
          ?.scrollIntoView({ block: 'nearest' }),
      );
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  openRequest: () => set({ requestOpen: true, error: null }),
  closeRequest: () => set({ requestOpen: false }),
  dismissError: () => set({ error: null, queueEmpty: false }),
}));

/** After a transition (or a refused one), show the article's real status, list and comments. */
async function refreshArticle(articleId: number): Promise<void> {
  const articles = useArticlesStore.getState();
  if (articles.selectedId === articleId) await articles.select(articleId);
  void articles.loadList();
  void useReviewStore.getState().load(articleId);
}

const startsWork = (status: ArticleStatus): boolean =>
  status === 'new' || status === 'changes_requested';

/**
 * A curator's first change to a new or sent-back article starts it on the server (in progress);
 * re-read the article then, so the workflow bar and the list show it without a reload. Only the
 * article is replaced, not re-selected, so the focused value stays where it is.
 */
useFieldsStore.subscribe((state, previous) => {
  if (state.data === previous.data || !state.data || !previous.data) return;
  // Values of different articles never share ids: a shared id means an edit, not a new article.
  const before = new Set(previous.data.values.map((v) => v.id));
  if (!state.data.values.some((v) => before.has(v.id))) return;
  const { detail } = useArticlesStore.getState();
  if (!detail || detail.id !== state.articleId || !startsWork(detail.status)) return;
  void (async () => {
    try {
      const now = await api['articles.get']({ id: detail.id });
      if (useArticlesStore.getState().selectedId !== now.id || now.status === detail.status) return;
      useArticlesStore.setState({ detail: now });
      void useArticlesStore.getState().loadList();
    } catch {
      // The next workflow step re-reads the article anyway.
    }
  })();
});
