import { beforeEach, describe, expect, it } from 'vitest';
import { currentMatch, leavesArticle, stepMatch, useSearchMatchStore } from './search-match-store';

describe('stepMatch', () => {
  it('moves forward and back, wrapping round at both ends', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(1, 3, -1)).toBe(0);
    expect(stepMatch(0, 1, 1)).toBe(0);
    expect(stepMatch(0, 0, 1)).toBe(0);
  });
});

describe('leavesArticle', () => {
  it('is true past the last match going on, before the first going back, and with no match', () => {
    expect(leavesArticle(2, 3, 1)).toBe(true);
    expect(leavesArticle(1, 3, 1)).toBe(false);
    expect(leavesArticle(0, 3, -1)).toBe(true);
    expect(leavesArticle(1, 3, -1)).toBe(false);
    expect(leavesArticle(0, 0, 1)).toBe(true);
    expect(leavesArticle(0, 0, -1)).toBe(true);
  });
});

describe('search match store', () => {
  beforeEach(() =>
    useSearchMatchStore.setState({ key: null, count: 0, index: 0, moves: 0, entry: 'first' }),
  );

  it('starts each article and query at its first match', () => {
    const store = useSearchMatchStore.getState();
    store.show('1\u0000医院', 4);
    store.step(1);
    store.step(1);
    expect(currentMatch(useSearchMatchStore.getState(), '1\u0000医院', 4)).toBe(2);
    store.show('2\u0000医院', 4);
    expect(useSearchMatchStore.getState().index).toBe(0);
    // Before the reader has reported a new article's matches, the current one is its first.
    expect(currentMatch(useSearchMatchStore.getState(), '3\u0000医院', 4)).toBe(0);
  });

  it('keeps the current match when the same matches are shown again (the other view)', () => {
    const store = useSearchMatchStore.getState();
    store.show('1\u0000医院', 4);
    store.step(-1);
    store.show('1\u0000医院', 4);
    expect(useSearchMatchStore.getState().index).toBe(3);
    // Fewer matches than the current index (the text was re-segmented): back to the first.
    store.show('1\u0000医院', 2);
    expect(useSearchMatchStore.getState().index).toBe(0);
  });

  it('counts every step, even onto the same single match, and ignores steps with no match', () => {
    const store = useSearchMatchStore.getState();
    store.step(1);
    expect(useSearchMatchStore.getState().moves).toBe(0);
    store.show('1\u0000胸痛', 1);
    store.step(1);
    store.step(-1);
    expect(useSearchMatchStore.getState()).toMatchObject({ index: 0, moves: 2 });
  });

  it('starts the next article shown at its last match after stepping back into it, once', () => {
    const store = useSearchMatchStore.getState();
    store.show('2\u0000医院', 4);
    store.enterAt('last');
    // Until the reader reports the new article, the current match is the one it will start at.
    expect(currentMatch(useSearchMatchStore.getState(), '1\u0000医院', 6)).toBe(5);
    store.show('1\u0000医院', 6);
    expect(useSearchMatchStore.getState()).toMatchObject({ index: 5, entry: 'first' });
    store.show('3\u0000医院', 6);
    expect(useSearchMatchStore.getState().index).toBe(0);
  });
});
