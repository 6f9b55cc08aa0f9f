import { useState } from 'react';
import { asApiError } from '../../api/as-api-error';
import { useErrorText } from '../../i18n/use-error-text';
import { useEditingStore, type EditCommand } from '../editing/editing-store';

/**
 * Runs one edit from the add-value popover: busy while it runs, closes the popover and clears the
 * page selection when it succeeds, keeps the popover open with the error when it fails.
 */
export function usePopoverCommand(close: () => void) {
  const say = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (command: EditCommand) => {
    setBusy(true);
    try {
      await useEditingStore.getState().perform(command);
      close();
      document.getSelection()?.removeAllRanges();
    } catch (caught) {
      setError(say(asApiError(caught)));
      setBusy(false);
    }
  };
  return { busy, error, clearError: () => setError(null), run };
}
