import { create } from 'zustand';

interface ShortcutSheetState {
  opened: boolean;
  open(): void;
  close(): void;
}

/** Whether the shortcut sheet is showing: shared by the `?` key and the sheet itself. */
export const useShortcutSheetStore = create<ShortcutSheetState>((set) => ({
  opened: false,
  open: () => set({ opened: true }),
  close: () => set({ opened: false }),
}));
