import { useEffect, useState, type RefObject } from 'react';
import { readerSelection, type DocumentSelection } from './selection-offsets';

/**
 * The last selection (or caret) the curator made in the reader's text, as document offsets.
 * Opening a menu moves focus away from the text, and some clicks collapse the DOM selection, so
 * the offsets are remembered when the selection is made rather than read when an item is chosen.
 * `textKey` names the text shown (article and revision): a new text forgets the old selection.
 */
export function useReaderSelection(
  container: RefObject<HTMLElement | null>,
  textKey: string,
): DocumentSelection | null {
  const [remembered, setRemembered] = useState<{
    key: string;
    selection: DocumentSelection;
  } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const element = container.current;
      if (!element) return;
      const selection = readerSelection(element);
      if (selection) setRemembered({ key: textKey, selection });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, textKey]);
  return remembered?.key === textKey ? remembered.selection : null;
}
