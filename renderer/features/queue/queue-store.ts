import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { GridCursor, GridRow } from '../../../shared/contract/grid';
import type { Field } from '../../../shared/schema';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import { useEditingStore } from '../editing/editing-store';
import { knownValue } from '../editing/value-cache';
import { setStateCommand } from '../editing/value-commands';
import { useFieldsStore } from '../fields/fields-store';
import { useValueEditorStore } from '../fields/value-editor-store';
import { useViewStore } from '../review/view-store';
import { toFieldSchema } from '../schema/schema-draft';

export const queueOrders = ['confidence', 'rule', 'field'] as const;
export type QueueOrder = (typeof queueOrders)[number];

/** Suggestions fetched at a time; the next batch comes before the last one runs out. */
const BATCH = 50;

interface QueueState {
  order: QueueOrder;
  schemaFields: Field[];
  items: GridRow[];
  next: GridCursor | null;
  total: number | null;
  index: number;
  decided: number;
  skipped: number;
  /** Each step taken, so Ctrl+Z goes back one: a decision is undone, a skip is returned to. */
  history: { index: number; kind: 'decided' | 'skipped' }[];
  /** The value being fixed in the fields panel (`e`); the queue moves on once it is saved. */
  fixing: number | null;
  loading: boolean;
  error: ApiError | null;
  start(order?: QueueOrder): Promise<void>;
  decide(state: 'accepted' | 'rejected'): Promise<void>;
  fix(): void;
  /** The value being fixed was saved: that is the decision on it. */
  fixed(): Promise<void>;
  skip(): Promise<void>;
  undo(): Promise<void>;
}

/**
 * The confidence queue: the project's suggestions one at a time (least certain first, by rule
 * or by field), shown in the reader with the value focused. Decisions go through the same edit
 * commands as the fields panel (setStateCommand, the value editor, the undo stack), so they are
 * recorded exactly as the panel records them.
 */
export const useQueueStore = create<QueueState>((set, get) => {
  const current = () => get().items[get().index] ?? null;

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
    const page = await api['grid.list']({
      filter: { states: ['suggested'] },
      sort: order,
      after: next,
      limit: BATCH,
    });
    set({ items: [...get().items, ...page.rows], next: page.next });
  }

  async function advance(kind: 'decided' | 'skipped'): Promise<void> {
    const { index, history } = get();
    set({
      history: [...history, { index, kind }],
      index: index + 1,
      fixing: null,
      ...(kind === 'decided' ? { decided: get().decided + 1 } : { skipped: get().skipped + 1 }),
    });
    try {
      if (get().items.length - get().index < 5) await fetchMore();
    } catch (error) {
      set({ error: asApiError(error) });
    }
    await show(current());
  }

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
        const [{ schema }, page] = await Promise.all([
          api['schema.get']({}),
          api['grid.list']({
            filter: { states: ['suggested'] },
            sort: order,
            limit: BATCH,
            count: true,
          }),
        ]);
        set({
          schemaFields: toFieldSchema(schema).fields,
          items: page.rows,
          next: page.next,
          total: page.total,
          loading: false,
          error: null,
        });
        await show(current());
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },

    async decide(state) {
      const row = current();
      if (!row) return;
      try {
        // The panel's commands name values it has seen: the article's values must be in.
        if (!knownValue(row.valueId)) await useFieldsStore.getState().load(row.articleId);
        await useEditingStore
          .getState()
          .perform(setStateCommand(row.articleId, row.valueId, state));
        set({ error: null });
        await advance('decided');
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    fix() {
      const row = current();
      if (!row) return;
      set({ fixing: row.valueId });
      useFieldsStore.getState().focus(row.valueId);
      useValueEditorStore.getState().startEditing(row.valueId);
    },

    fixed: () => advance('decided'),

    skip: () => (current() ? advance('skipped') : Promise.resolve()),

    async undo() {
      const last = get().history.at(-1);
      if (!last) return;
      if (last.kind === 'decided') await useEditingStore.getState().undo();
      set({
        history: get().history.slice(0, -1),
        index: last.index,
        fixing: null,
        ...(last.kind === 'decided'
          ? { decided: get().decided - 1 }
          : { skipped: get().skipped - 1 }),
      });
      await show(current());
    },
  };
});

// A fix is made in the fields panel's editor: once the value is saved as edited, that is the
// queue's decision on it and the next suggestion comes.
useFieldsStore.subscribe((state) => {
  const { fixing } = useQueueStore.getState();
  if (fixing === null) return;
  if (state.data?.values.find((v) => v.id === fixing)?.state !== 'edited') return;
  useQueueStore.setState({ fixing: null });
  void useQueueStore.getState().fixed();
});
