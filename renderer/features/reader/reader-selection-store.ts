import { create } from 'zustand';

/** A selection in the reader's original text: document code points, and where it shows. */
export interface ReaderSelection {
  articleId: number;
  start: number;
  end: number;
  text: string;
  /** Viewport rectangle of the selection's end, where the add-value popover opens. */
  anchor: { left: number; top: number; bottom: number };
}

interface ReaderSelectionState {
  selection: ReaderSelection | null;
  /** The add-value popover is showing for `selection`. */
  popoverOpen: boolean;
  choose(selection: ReaderSelection | null): void;
  closePopover(): void;
}

/**
 * The last non-empty text selection in the reader, kept when focus moves to the popover or the
 * fields panel (where "attach selection" uses it), and forgotten when the article changes.
 */
export const useReaderSelectionStore = create<ReaderSelectionState>((set) => ({
  selection: null,
  popoverOpen: false,
  choose: (selection) => set({ selection, popoverOpen: selection !== null }),
  closePopover: () => set({ popoverOpen: false }),
}));
