import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { SaveQueue, type SaveQueueState } from './save-queue';

/**
 * One change a curator made. `run` makes it (through the save queue) and returns the command
 * that reverses it, so undo and redo are the same operation: run the top command of one stack
 * and push what it returns on the other.
 */
export interface EditCommand {
  /** The article the change belongs to. */
  articleId: number;
  /** What it does, as the i18n key under `curation.edit.commands` (for the undo tooltip). */
  kind: string;
  run(): Promise<EditCommand>;
}

interface EditingState {
  save: SaveQueueState;
  undoStack: EditCommand[];
  redoStack: EditCommand[];
  /** The last write refused as stale (or an undo that could not be made), until dismissed. */
  notice: ApiError | null;
  /** Makes a change; rejects with the ApiError when the Node side refused it. */
  perform(command: EditCommand): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /**
   * Drops the next undo (or redo) because its article is gone (merged or split away in another
   * window), saying so in the notice instead of running a change that cannot land.
   */
  dropUnreachable(direction: 'undo' | 'redo', command: EditCommand, notice: ApiError): void;
  retryNow(): void;
  dismissNotice(): void;
}

let queue: SaveQueue | null = null;

/** Runs one write through the session's save queue (retried on failure, in order). */
export function enqueueSave<T>(run: () => Promise<T>): Promise<T> {
  return queue!.enqueue(run);
}

/** Whether writes are still waiting: closing the window then prompts and flushes. */
export function hasPendingSaves(): boolean {
  return (queue?.pending ?? 0) > 0;
}

/**
 * Undo/redo stacks over every edit of the session, and the save status. A refused undo (the
 * value changed elsewhere since) is dropped from the stacks rather than retried, because
 * retrying it after a reload would overwrite the other window's change.
 */
export const useEditingStore = create<EditingState>((set, get) => {
  queue = new SaveQueue((save) => set({ save }));
  // Changes whose inverse is not on the undo stack yet (their write has not answered).
  const performing = new Set<Promise<unknown>>();
  // Undo and redo one after another, each after every change made before it has answered: Ctrl+Z
  // pressed while a change is saving undoes that change, not the one before it.
  let stepping: Promise<void> = Promise.resolve();
  function queueStep(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') {
    const waitFor = [...performing];
    stepping = stepping.then(async () => {
      await Promise.allSettled(waitFor);
      await step(from, to);
    });
    return stepping;
  }

  async function step(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack') {
    const command = get()[from].at(-1);
    if (!command) return;
    set(
      from === 'undoStack'
        ? { undoStack: get().undoStack.slice(0, -1) }
        : { redoStack: get().redoStack.slice(0, -1) },
    );
    try {
      const inverse = await command.run();
      set(
        to === 'undoStack'
          ? { undoStack: [...get().undoStack, inverse], notice: null }
          : { redoStack: [...get().redoStack, inverse], notice: null },
      );
    } catch (error) {
      set({ notice: asApiError(error) });
    }
  }

  return {
    save: { status: 'saved', pending: 0, error: null },
    undoStack: [],
    redoStack: [],
    notice: null,

    async perform(command) {
      const running = command.run();
      performing.add(running);
      try {
        const inverse = await running;
        set({ undoStack: [...get().undoStack, inverse], redoStack: [], notice: null });
      } catch (error) {
        const apiError = asApiError(error);
        if (apiError.code === 'conflict') set({ notice: apiError });
        throw apiError;
      } finally {
        performing.delete(running);
      }
    },

    dropUnreachable(direction, command, notice) {
      const stack = direction === 'undo' ? 'undoStack' : 'redoStack';
      // Only the command that was found unreachable: another may have been pushed meanwhile.
      if (get()[stack].at(-1) !== command) return;
      set({ [stack]: get()[stack].slice(0, -1), notice });
    },

    undo: () => queueStep('undoStack', 'redoStack'),
    redo: () => queueStep('redoStack', 'undoStack'),
    retryNow: () => queue!.retryNow(),
    dismissNotice: () => set({ notice: null }),
  };
});
