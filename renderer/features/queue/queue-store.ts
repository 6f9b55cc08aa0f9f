import { create } from 'zustand';
import { asApiError } from '../../api/as-api-error';
import { useEditingStore } from '../editing/editing-store';
import { knownValue } from '../editing/value-cache';
import { setStateCommand } from '../editing/value-commands';
import { useFieldsStore } from '../fields/fields-store';
import { useValueEditorStore } from '../fields/value-editor-store';
import type { QueueState } from './queue-state';
import { createLoadingPart, queueFlow } from './queue-store.flow';

export { queueOrders, type QueueOrder } from './queue-state';

/**
 * The confidence queue: the project's suggestions one at a time (least certain first, by rule
 * or by field), shown in the reader with the value focused. Decisions go through the same edit
 * commands as the fields panel (setStateCommand, the value editor, the undo stack), so they are
 * recorded exactly as the panel records them.
 */
export const useQueueStore = create<QueueState>((set, get) => {
  const { current, show, advance } = queueFlow(set, get);
  return {
    ...createLoadingPart(set, get),

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
      const { decided, skipped } = get();
      set({
        history: get().history.slice(0, -1),
        index: last.index,
        fixing: null,
        ...(last.kind === 'decided' ? { decided: decided - 1 } : { skipped: skipped - 1 }),
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
