import { useCallback, useRef, useState, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { useFieldsStore } from '../fields/fields-store';
import { readerSelection } from '../segmentation/selection-offsets';
import type { HoverState } from './HighlightTooltip';
import { useReaderSelectionStore } from './reader-selection-store';
import { documentText, trimSelection } from './selection-text';
import { offsetAtPoint, rangeFor } from './text-pieces';
import { valuesAt, type PaintedText } from './use-provenance-highlights';

/**
 * The mouse and keyboard on the reader's text: hovering a highlight shows its values, clicking
 * one focuses its value in the fields panel, and a finished selection opens the add-value
 * popover under it. Returns the hover to show and the handlers for the text element.
 */
export function useTextPointer(
  textRef: RefObject<HTMLElement | null>,
  painted: RefObject<PaintedText | null>,
  detail: ArticleDetail | null,
) {
  const focus = useFieldsStore((s) => s.focus);
  const chooseSelection = useReaderSelectionStore((s) => s.choose);
  const [hover, setHover] = useState<HoverState | null>(null);
  const hoverFrame = useRef(0);

  const onMouseMove = useCallback(
    (event: React.MouseEvent) => {
      const { clientX: x, clientY: y } = event;
      cancelAnimationFrame(hoverFrame.current);
      hoverFrame.current = requestAnimationFrame(() => {
        const text = painted.current;
        const offset = text ? offsetAtPoint(text.pieces, x, y) : null;
        const ids = text && offset !== null ? valuesAt(text.spans, offset) : [];
        setHover(ids.length > 0 ? { x, y, valueIds: ids } : null);
      });
    },
    [painted],
  );

  const onMouseLeave = () => {
    cancelAnimationFrame(hoverFrame.current);
    setHover(null);
  };

  const onClick = (event: React.MouseEvent) => {
    if (document.getSelection()?.isCollapsed === false) return;
    const text = painted.current;
    const offset = text ? offsetAtPoint(text.pieces, event.clientX, event.clientY) : null;
    const id = text && offset !== null ? valuesAt(text.spans, offset)[0] : undefined;
    if (id === undefined) return;
    focus(id);
    requestAnimationFrame(() =>
      document.querySelector(`[data-value-id="${id}"]`)?.scrollIntoView({ block: 'nearest' }),
    );
  };

  const onSelectionDone = () => {
    const element = textRef.current;
    if (!element || !detail) return;
    const found = readerSelection(element);
    if (!found || found.end <= found.start) return;
    const pieces = painted.current?.pieces;
    const range = pieces ? rangeFor(pieces, found.start, found.end) : null;
    // Trimmed on the stored text the offsets count in (the reading view shows less whitespace).
    const trimmed = trimSelection(documentText(detail.segments, found.start, found.end));
    if (!range || trimmed.text.length === 0) return;
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const first = rects[0] ?? last;
    chooseSelection({
      articleId: detail.id,
      start: found.start + trimmed.leading,
      end: found.end - trimmed.trailing,
      text: trimmed.text,
      anchor: { left: last.left, top: first.top, bottom: last.bottom },
    });
  };

  const handlers = {
    onMouseMove,
    onMouseLeave,
    onClick,
    onMouseUp: onSelectionDone,
    onKeyUp: (event: React.KeyboardEvent) => event.shiftKey && onSelectionDone(),
  };
  return { hover, handlers };
}
