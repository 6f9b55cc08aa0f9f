import { useEffect, type RefObject } from 'react';
import { useReaderSelectionStore } from './reader-selection-store';
import { rangeFor } from './text-pieces';
import type { PaintedText } from './use-provenance-highlights';

/**
 * The selection the add-value popover is for: forgotten when the article or the view changes,
 * painted while the popover has the focus (and with it the browser's selection colour), and the
 * popover closed when the text scrolls away from where it was placed (the selection stays, for
 * "Attach selection" in the fields panel).
 */
export function usePendingSelection(
  textRef: RefObject<HTMLElement | null>,
  painted: RefObject<PaintedText | null>,
  /** The article, its text and the view shown: a change of any forgets the selection. */
  articleId: number | undefined,
  segments: unknown,
  mode: string,
): void {
  const selection = useReaderSelectionStore((s) => s.selection);
  const popoverOpen = useReaderSelectionStore((s) => s.popoverOpen);
  const chooseSelection = useReaderSelectionStore((s) => s.choose);

  useEffect(() => {
    chooseSelection(null);
  }, [articleId, segments, mode, chooseSelection]);

  useEffect(() => {
    const element = textRef.current;
    if (
      !element ||
      !selection ||
      !popoverOpen ||
      typeof CSS === 'undefined' ||
      !('highlights' in CSS)
    )
      return;
    const range = rangeFor(painted.current?.pieces ?? [], selection.start, selection.end);
    if (!range) return;
    CSS.highlights.set('pending-selection', new Highlight(range));
    return () => {
      CSS.highlights.delete('pending-selection');
    };
  }, [textRef, selection, popoverOpen, painted]);

  useEffect(() => {
    const scroller = textRef.current?.closest('.mantine-ScrollArea-viewport');
    if (!scroller || !popoverOpen) return;
    const opened = scroller.scrollTop;
    const close = () => {
      if (Math.abs(scroller.scrollTop - opened) > 40)
        useReaderSelectionStore.getState().closePopover();
    };
    scroller.addEventListener('scroll', close, { passive: true });
    return () => scroller.removeEventListener('scroll', close);
  }, [textRef, popoverOpen]);
}
