import { useHotkeys } from '@mantine/hooks';
import { useQueueStore } from './queue-store';

/** Typing in the value editor must never decide anything. */
const tagsToIgnore = ['INPUT', 'TEXTAREA', 'SELECT'];

const queue = () => useQueueStore.getState();

/** The queue's keys: a accept, x reject, e fix, space skip, Ctrl+Z undo. */
export function useQueueHotkeys(): void {
  useHotkeys(
    [
      ['a', () => void queue().decide('accepted')],
      ['x', () => void queue().decide('rejected')],
      [
        'e',
        (event) => {
          // The `e` must not land in the editor that opens.
          event.preventDefault();
          queue().fix();
        },
      ],
      ['space', () => void queue().skip()],
      ['mod+z', () => void queue().undo()],
    ],
    tagsToIgnore,
  );
}
