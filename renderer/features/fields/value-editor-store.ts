import { create } from 'zustand';
import { useProfilesStore } from '../profiles/profiles-store';

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

// Another profile signing in must not find the previous curator's half-typed edit still open.
useProfilesStore.subscribe((state, previous) => {
  if (state.profile?.id !== previous.profile?.id) useValueEditorStore.getState().stopEditing();
});
