import type { GridRow } from '../../../shared/contract/grid';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { useViewStore } from '../review/view-store';
import { toFieldSchema } from '../schema/schema-draft';
import type { GetQueue, QueueState, SetQueue } from './queue-state';

/** Suggestions fetched at a time; the next batch comes before the last one runs out. */
const BATCH = 50;

type LoadingPart = Omit<QueueState, 'decide' | 'fix' | 'fixed' | 'skip' | 'undo'>;

/** Moving through the queue: showing a suggestion, stepping on, fetching the next batch. */
export function queueFlow(set: SetQueue, get: GetQueue) {
  const current = (): GridRow | null => get().items[get().index] ?? null;

  /** Opens the suggestion's article (when another) and focuses the value: the reader scrolls to it. */
  async function show(row: GridRow | null): Promise<void> {
    if (!row) return;
    const articles = useArticlesStore.getState();
    if (articles.selectedId !== row.articleId) await articles.select(row.articleId);
    useFieldsStore.getState().focus(row.valueId);
  }

  async function fetchMore(): Promise<void> {
    const { next, order } = get();
    if (!next) return;
    const filter = { states: ['suggested' as const] };
    const page = await api['grid.list']({ filter, sort: order, after: next, limit: BATCH });
    set({ items: [...get().items, ...page.rows], next: page.next });
  }

  async function advance(kind: 'decided' | 'skipped'): Promise<void> {
    const { index, history, decided, skipped } = get();
    const counts = kind === 'decided' ? { decided: decided + 1 } : { skipped: skipped + 1 };
    set({ history: [...history, { index, kind }], index: index + 1, fixing: null, ...counts });
    try {
      if (get().items.length - get().index < 5) await fetchMore();
    } catch (error) {
      set({ error: asApiError(error) });
    }
    await show(current());
  }

  return { current, show, advance };
}

/** The queue's state and its start: the first batch of suggestions in the chosen order. */
export function createLoadingPart(set: SetQueue, get: GetQueue): LoadingPart {
  const { current, show } = queueFlow(set, get);
  return {
    order: 'confidence',
    schemaFields: [],
    items: [],
    next: null,
    total: null,
    index: 0,
    decided: 0,
    skipped: 0,
    history: [],
    fixing: null,
    loading: false,
    error: null,

    async start(order = get().order) {
      useViewStore.getState().setView('queue');
      set({ order, loading: true, items: [], index: 0, decided: 0, skipped: 0, history: [] });
      try {
        const filter = { states: ['suggested' as const] };
        const [{ schema }, page] = await Promise.all([
          api['schema.get']({}),
          api['grid.list']({ filter, sort: order, limit: BATCH, count: true }),
        ]);
        const fields = toFieldSchema(schema).fields;
        set({ schemaFields: fields, items: page.rows, next: page.next, total: page.total });
        set({ loading: false, error: null });
        await show(current());
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
  };
}
