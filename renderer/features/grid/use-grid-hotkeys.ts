import { useHotkeys } from '@mantine/hooks';
import { useGridStore } from './grid-store';

/** Typing in a filter must never move the cursor or change the selection. */
const tagsToIgnore = ['INPUT', 'TEXTAREA', 'SELECT'];

const grid = () => useGridStore.getState();
const step = (by: number) => grid().moveCursor(grid().selection.cursor + by);

/**
 * The grid's keys, as in a mail client: j/k move, x selects the row under the cursor,
 * Shift+J/K extend the selection, Ctrl+A selects every loaded row, Enter opens the article at
 * the value, a / r accept or reject the selection.
 */
export function useGridHotkeys(): void {
  useHotkeys(
    [
      ['j', () => step(1)],
      ['k', () => step(-1)],
      ['ArrowDown', () => step(1)],
      ['ArrowUp', () => step(-1)],
      ['shift+J', () => grid().extendSelection(1)],
      ['shift+K', () => grid().extendSelection(-1)],
      ['shift+ArrowDown', () => grid().extendSelection(1)],
      ['shift+ArrowUp', () => grid().extendSelection(-1)],
      ['x', () => grid().toggleSelected()],
      ['mod+a', () => grid().selectAllLoaded()],
      [
        'Enter',
        (event) => {
          // Enter on a focused button (a bulk action just clicked) presses that button.
          if (event.target instanceof HTMLElement && event.target.closest('button')) return;
          void grid().openAtCursor();
        },
      ],
      ['a', () => void grid().setStates('accepted')],
      ['r', () => void grid().setStates('rejected')],
      [
        'e',
        (event) => {
          if (grid().selection.selected.size === 0) return;
          event.preventDefault();
          grid().setEditing(true);
        },
      ],
    ],
    tagsToIgnore,
  );
}
