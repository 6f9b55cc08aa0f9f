import { create } from 'zustand';

/** The match after (1) or before (-1) `index` among `count`, wrapping round at either end. */
export function stepMatch(index: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return 0;
  return (((index + direction) % count) + count) % count;
}

interface SearchMatchState {
  /** Which article and query the matches are of; a new one starts again at the first match. */
  key: string | null;
  count: number;
  /** The current match, 0-based. */
  index: number;
  /** Counts every step, so stepping onto the same match (a single one) still scrolls to it. */
  moves: number;
  show(key: string | null, count: number): void;
  step(direction: 1 | -1): void;
}

/**
 * Where the reader is among the search query's matches in the article shown. The reader reports
 * the matches it painted; the search box and the F3 / Ctrl+G keys step through them.
 */
export const useSearchMatchStore = create<SearchMatchState>((set) => ({
  key: null,
  count: 0,
  index: 0,
  moves: 0,
  show: (key, count) =>
    set((state) =>
      state.key === key
        ? { count, index: state.index < count ? state.index : 0 }
        : { key, count, index: 0 },
    ),
  step: (direction) =>
    set((state) =>
      state.count === 0
        ? state
        : { index: stepMatch(state.index, state.count, direction), moves: state.moves + 1 },
    ),
}));

/** The current match of the article and query `key` (the first while the store catches up). */
export function currentMatch(state: SearchMatchState, key: string | null): number {
  return state.key === key ? state.index : 0;
}
