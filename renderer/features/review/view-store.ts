import { create } from 'zustand';

/** What the main area shows: the article's text, its review (diff and comments), or the dashboard. */
export type MainView = 'reader' | 'review' | 'dashboard';

interface ViewState {
  view: MainView;
  setView(view: MainView): void;
}

export const useViewStore = create<ViewState>((set) => ({
  view: 'reader',
  setView: (view) => set({ view }),
}));
