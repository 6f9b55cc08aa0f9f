import { create } from 'zustand';

/** The match after (1) or before (-1) `index` among `count`, wrapping round at either end. */
export function stepMatch(index: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return 0;
  return (((index + direction) % count) + count) % count;
}

/** Whether a step from `index` goes past the article's first or last match (or it has none). */
export function leavesArticle(index: number, count: number, direction: 1 | -1): boolean {
  return count === 0 || (direction === 1 ? index >= count - 1 : index <= 0);
}

type Entry = 'first' | 'last';

interface SearchMatchState {
  /** Which article and query the matches are of; a new one starts at its `entry` match. */
  key: string | null;
  count: number;
  /** The current match, 0-based. */
  index: number;
  /** Counts every step, so stepping onto the same match (a single one) still scrolls to it. */
  moves: number;
  /** Where the next article shown starts: its last match when stepping back into it. */
  entry: Entry;
  show(key: string | null, count: number): void;
  step(direction: 1 | -1): void;
  enterAt(entry: Entry): void;
}

const entryIndex = (entry: Entry, count: number) => (entry === 'last' ? Math.max(count - 1, 0) : 0);

/**
 * Where the reader is among the search query's matches in the article shown. The reader reports
 * the matches it painted; the search box and the F3 / Ctrl+G keys step through them.
 */
export const useSearchMatchStore = create<SearchMatchState>((set) => ({
  key: null,
  count: 0,
  index: 0,
  moves: 0,
  entry: 'first',
  show: (key, count) =>
    set((state) =>
      state.key === key
        ? { count, index: state.index < count ? state.index : 0 }
        : { key, count, index: entryIndex(state.entry, count), entry: 'first' },
    ),
  step: (direction) =>
    set((state) =>
      state.count === 0
        ? state
        : { index: stepMatch(state.index, state.count, direction), moves: state.moves + 1 },
    ),
  enterAt: (entry) => set({ entry }),
}));

/**
 * The current match of the article and query `key`, which has `count` matches; while the store
 * has not caught up with a newly shown article, the match it will start at.
 */
export function currentMatch(state: SearchMatchState, key: string | null, count: number): number {
  return state.key === key ? state.index : entryIndex(state.entry, count);
}
