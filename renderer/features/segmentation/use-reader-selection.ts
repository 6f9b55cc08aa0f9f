import { useEffect, useState, type RefObject } from 'react';
import { readerSelection, type DocumentSelection } from './selection-offsets';

/**
 * The last selection (or caret) the curator made in the reader's text, as document offsets.
 * Opening a menu moves focus away from the text, and some clicks collapse the DOM selection, so
 * the offsets are remembered when the selection is made rather than read when an item is chosen.
 *
 * What is remembered is only what the curator still sees: a selection that goes away (a click
 * elsewhere, another selection outside the text) is forgotten, and so is everything when another
 * text is shown (`textKey`: article and revision), even when the curator comes back to this one.
 * Otherwise the Page… menu offered to move a selection made several articles earlier.
 */
export function useReaderSelection(
  container: RefObject<HTMLElement | null>,
  textKey: string,
): DocumentSelection | null {
  const [remembered, setRemembered] = useState<{
    key: string;
    selection: DocumentSelection;
  } | null>(null);
  const [shownKey, setShownKey] = useState(textKey);
  if (shownKey !== textKey) {
    setShownKey(textKey);
    setRemembered(null);
  }
  useEffect(() => {
    const onChange = () => {
      const element = container.current;
      if (!element) return;
      const selection = readerSelection(element);
      setRemembered(selection ? { key: textKey, selection } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, textKey]);
  return remembered?.key === textKey ? remembered.selection : null;
}
