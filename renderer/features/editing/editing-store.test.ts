import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import { useEditingStore, type EditCommand } from './editing-store';

/** A promise and the function that resolves it, to answer a write when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A change to a list of words: pushing `word`, whose inverse takes it off again (and back). */
function pushWord(words: string[], word: string, answer?: Promise<void>): EditCommand {
  return {
    articleId: 1,
    kind: 'edit',
    async run() {
      await answer;
      words.push(word);
      return takeWord(words, word);
    },
  };
}

function takeWord(words: string[], word: string): EditCommand {
  return {
    articleId: 1,
    kind: 'edit',
    async run() {
      words.splice(words.lastIndexOf(word), 1);
      return pushWord(words, word);
    },
  };
}

describe('editing store', () => {
  beforeEach(() => useEditingStore.setState({ undoStack: [], redoStack: [], notice: null }));

  it('undoes the change still saving when Ctrl+Z comes before its answer, not the one before', async () => {
    const words: string[] = [];
    const store = useEditingStore.getState();
    await store.perform(pushWord(words, 'first'));
    const answer = deferred<void>();
    const second = store.perform(pushWord(words, 'second', answer.promise));
    const undone = store.undo();
    answer.resolve();
    await Promise.all([second, undone]);
    expect(words).toEqual(['first']);
    expect(useEditingStore.getState().undoStack).toHaveLength(1);
    expect(useEditingStore.getState().redoStack).toHaveLength(1);
    await store.redo();
    expect(words).toEqual(['first', 'second']);
  });

  it('runs quick undos one after another, in order, and redoes them in reverse', async () => {
    const words: string[] = [];
    const store = useEditingStore.getState();
    for (const word of ['a', 'b', 'c']) await store.perform(pushWord(words, word));
    await Promise.all([store.undo(), store.undo()]);
    expect(words).toEqual(['a']);
    await store.redo();
    expect(words).toEqual(['a', 'b']);
  });
});

describe('an undo whose article is gone', () => {
  beforeEach(() => useEditingStore.setState({ undoStack: [], redoStack: [], notice: null }));

  it('is dropped with the notice saying so, and only that command', async () => {
    const words: string[] = [];
    const store = useEditingStore.getState();
    await store.perform(pushWord(words, 'kept'));
    await store.perform({ ...pushWord(words, 'gone'), articleId: 7 });
    const gone = useEditingStore.getState().undoStack.at(-1)!;
    // A stale drop (the top changed meanwhile) changes nothing.
    const notice = new ApiError('not-found', 'Article 7 is gone');
    store.dropUnreachable('undo', useEditingStore.getState().undoStack[0]!, notice);
    expect(useEditingStore.getState().undoStack).toHaveLength(2);
    store.dropUnreachable('undo', gone, notice);
    const state = useEditingStore.getState();
    expect(state.undoStack).toHaveLength(1);
    expect(state.notice).toBe(notice);
    await store.undo();
    expect(words).toEqual(['gone']);
  });
});
