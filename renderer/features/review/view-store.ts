import { create } from 'zustand';

/**
 * What the main area shows: the article's text, its review (diff and comments), the dashboard,
 * the field grid or the confidence queue (the article's text under the suggestion to decide).
 */
export type MainView = 'reader' | 'review' | 'dashboard' | 'grid' | 'queue';

interface ViewState {
  view: MainView;
  setView(view: MainView): void;
}

export const useViewStore = create<ViewState>((set) => ({
  view: 'reader',
  setView: (view) => set({ view }),
}));
