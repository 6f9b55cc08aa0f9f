import { useEffect } from 'react';
import { asApiError } from '../../api/as-api-error';
import { useEditingStore } from '../editing/editing-store';
import { addCommand } from '../editing/value-commands';
import { useReaderSelectionStore } from '../reader/reader-selection-store';
import { hotkeyOf } from './field-hotkey';
import { useFieldsStore } from './fields-store';

/**
 * Alt+<a field's hotkey> adds the text selected in the reader to that field, as the add-value
 * popover would (same command, so one Ctrl+Z takes it back). A refusal shows in the edit notice.
 */
export function useFieldHotkeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = hotkeyOf(event);
      if (key === null) return;
      const { data, dataArticleId } = useFieldsStore.getState();
      const field = data?.schema.fields.find((f) => f.hotkey === key);
      const { selection } = useReaderSelectionStore.getState();
      if (!field || !selection || selection.articleId !== dataArticleId) return;
      event.preventDefault();
      const span = { start: selection.start, end: selection.end };
      useReaderSelectionStore.getState().choose(null);
      document.getSelection()?.removeAllRanges();
      useEditingStore
        .getState()
        .perform(addCommand(selection.articleId, field.key, { spans: [span] }))
        .catch((error: unknown) => useEditingStore.setState({ notice: asApiError(error) }));
    };
    // Captured: the add-value popover, open on the same selection, types ahead with letters.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
