import { useEditingStore } from '../editing/editing-store';
import { acceptAllCommand } from '../editing/value-commands';
import { suggestedValueIds } from '../shortcuts/panel-order';
import { useFieldsStore } from './fields-store';

/**
 * Shift+A, or the panel's "Accept all": accepts every value of the article shown that is still
 * suggested, as one change (one Ctrl+Z puts them all back). The curator first rejects or fixes
 * what is wrong, then takes the rest.
 */
export function acceptAllSuggested(): void {
  const { data, dataArticleId: articleId } = useFieldsStore.getState();
  if (!data || articleId === null) return;
  const ids = suggestedValueIds(data);
  if (ids.length === 0) return;
  useEditingStore
    .getState()
    .perform(acceptAllCommand(articleId, ids))
    .catch(() => undefined);
}
