import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { uiError } from '../../i18n/error-text';
import { useArticlesStore } from '../articles/articles-store';
import { revealLater, stepArticle } from '../articles/step-article';
import { useEditingStore } from '../editing/editing-store';
import { movedOrder, reorderCommand, setStateCommand } from '../editing/value-commands';
import { acceptAllSuggested } from '../fields/accept-all';
import { useFieldsStore } from '../fields/fields-store';
import { useViewStore } from '../review/view-store';
import { useValueEditorStore } from '../fields/value-editor-store';
import { stepThrough, valueIdsInPanelOrder } from './panel-order';
import { useShortcutSheetStore } from './shortcut-sheet-store';

/** Typing in a form must never move the selection or change a value. */
const tagsToIgnore = ['INPUT', 'TEXTAREA', 'SELECT'];

/**
 * The field grid and the confidence queue have keys of their own (a, x, e, j/k, Ctrl+Z acting on
 * their rows): there these keys do nothing, or one press would act twice.
 */
function outsideWorkbench<A extends unknown[]>(handler: (...args: A) => void) {
  return (...args: A) => {
    const view = useViewStore.getState().view;
    if (view !== 'grid' && view !== 'queue') handler(...args);
  };
}

function stepValue(step: 1 | -1): void {
  const { data, focusedValueId, focus } = useFieldsStore.getState();
  if (!data) return;
  const next = stepThrough(valueIdsInPanelOrder(data), focusedValueId, step);
  if (next === null) return;
  focus(next);
  revealLater(`[data-value-id="${next}"]`);
}

function focusedValue() {
  const { data, focusedValueId, dataArticleId: articleId } = useFieldsStore.getState();
  const value = data?.values.find((v) => v.id === focusedValueId);
  return value && articleId !== null ? { value, articleId, data: data! } : null;
}

/** Same toggle as the panel's buttons: pressing it again returns the value to suggested. */
function toggleFocused(state: 'accepted' | 'rejected'): void {
  const focused = focusedValue();
  if (!focused) return;
  const { value, articleId } = focused;
  useEditingStore
    .getState()
    .perform(setStateCommand(articleId, value.id, value.state === state ? 'suggested' : state))
    .catch(() => undefined);
}

function editFocused(event: KeyboardEvent): void {
  const focused = focusedValue();
  if (!focused) return;
  // The `e` must not land in the editor that opens.
  event.preventDefault();
  useValueEditorStore.getState().startEditing(focused.value.id);
}

function moveFocused(step: -1 | 1): void {
  const focused = focusedValue();
  if (!focused) return;
  const { value, articleId, data } = focused;
  const field = data.schema.fields.find((f) => f.key === value.fieldKey);
  if (field?.cardinality !== 'many') return;
  const ids = data.values.filter((v) => v.fieldKey === value.fieldKey).map((v) => v.id);
  const order = movedOrder(ids, value.id, step);
  if (!order) return;
  useEditingStore
    .getState()
    .perform(reorderCommand(articleId, value.fieldKey, order))
    .catch(() => undefined);
}

/**
 * Undo/redo reach edits of other articles too: the article comes back on screen first. When it
 * no longer exists (merged or split away in another window), the article shown stays and the
 * notice says why that change cannot be undone, instead of an error screen.
 */
async function history(direction: 'undo' | 'redo', t: TFunction): Promise<void> {
  const editing = useEditingStore.getState();
  const command = (direction === 'undo' ? editing.undoStack : editing.redoStack).at(-1);
  if (!command) return;
  const articles = useArticlesStore.getState();
  if (articles.selectedId !== command.articleId) {
    const shown = await articles.select(command.articleId, null);
    if (!shown) {
      const gone = t('correction.articleGone', { id: command.articleId });
      useEditingStore.getState().dropUnreachable(direction, command, uiError('not-found', gone));
      return;
    }
  }
  await (direction === 'undo' ? editing.undo() : editing.redo());
}

/**
 * Single-key curation: j/k articles, n/p values, a/x accept/reject, Shift+A accept all still
 * suggested, e edit, Alt+↑/↓ reorder,
 * Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo and redo, ? the shortcut sheet.
 */
export function useCurationHotkeys(): void {
  const { t } = useTranslation();
  const openSheet = useShortcutSheetStore((s) => s.open);
  const curation: HotkeyItem[] = [
    ['j', () => stepArticle(1)],
    ['k', () => stepArticle(-1)],
    ['n', () => stepValue(1)],
    ['p', () => stepValue(-1)],
    ['a', () => toggleFocused('accepted')],
    ['shift+A', acceptAllSuggested],
    ['x', () => toggleFocused('rejected')],
    ['e', editFocused],
    ['alt+ArrowUp', () => moveFocused(-1)],
    ['alt+ArrowDown', () => moveFocused(1)],
    ['mod+z', () => void history('undo', t)],
    ['mod+shift+z', () => void history('redo', t)],
    ['mod+y', () => void history('redo', t)],
  ];
  useHotkeys(
    [
      ...curation.map(([key, handler]): HotkeyItem => [key, outsideWorkbench(handler)]),
      // '?' is typed with Shift on most layouts, and the matcher compares Shift exactly.
      ['shift+?', openSheet],
    ],
    tagsToIgnore,
  );
}
