import { create } from 'zustand';

interface ValueEditorState {
  /** The value whose text is being edited inline (`e`, or its edit button). */
  editingValueId: number | null;
  startEditing(valueId: number): void;
  stopEditing(): void;
}

/** Which value shows its inline editor: shared by the `e` key and the panel's buttons. */
export const useValueEditorStore = create<ValueEditorState>((set) => ({
  editingValueId: null,
  startEditing: (valueId) => set({ editingValueId: valueId }),
  stopEditing: () => set({ editingValueId: null }),
}));
