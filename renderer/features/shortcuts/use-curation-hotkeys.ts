import { useHotkeys } from '@mantine/hooks';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { stepThrough, valueIdsInPanelOrder } from './panel-order';
import { useShortcutSheetStore } from './shortcut-sheet-store';

/** Typing in a form must never move the selection or change a value. */
const tagsToIgnore = ['INPUT', 'TEXTAREA', 'SELECT'];

/** Best effort: the list is virtualised, so a row far off screen may not be rendered yet. */
function revealLater(selector: string): void {
  requestAnimationFrame(() =>
    document.querySelector(selector)?.scrollIntoView({ block: 'nearest' }),
  );
}

function stepArticle(step: 1 | -1): void {
  const { items, selectedId, select } = useArticlesStore.getState();
  const next = stepThrough(
    items.map((a) => a.id),
    selectedId,
    step,
  );
  if (next === null || next === selectedId) return;
  void select(next);
  revealLater(`[role=option][data-article-id="${next}"]`);
}

function stepValue(step: 1 | -1): void {
  const { data, focusedValueId, focus } = useFieldsStore.getState();
  if (!data) return;
  const next = stepThrough(valueIdsInPanelOrder(data), focusedValueId, step);
  if (next === null) return;
  focus(next);
  revealLater(`[data-value-id="${next}"]`);
}

/** Same toggle as the panel's buttons: pressing it again returns the value to suggested. */
function toggleFocused(state: 'accepted' | 'rejected'): void {
  const { data, focusedValueId, setState } = useFieldsStore.getState();
  const value = data?.values.find((v) => v.id === focusedValueId);
  if (!value) return;
  void setState(value.id, value.state === state ? 'suggested' : state);
}

/** Single-key curation: j/k articles, n/p values, a/x accept/reject, ? the shortcut sheet. */
export function useCurationHotkeys(): void {
  const openSheet = useShortcutSheetStore((s) => s.open);
  useHotkeys(
    [
      ['j', () => stepArticle(1)],
      ['k', () => stepArticle(-1)],
      ['n', () => stepValue(1)],
      ['p', () => stepValue(-1)],
      ['a', () => toggleFocused('accepted')],
      ['x', () => toggleFocused('rejected')],
      // '?' is typed with Shift on most layouts, and the matcher compares Shift exactly.
      ['shift+?', openSheet],
    ],
    tagsToIgnore,
  );
}
