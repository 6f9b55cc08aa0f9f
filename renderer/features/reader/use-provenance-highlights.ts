import { useEffect, type RefObject } from 'react';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { fieldColorCount, fieldColorIndex } from '../fields/field-colors';

interface PieceNode {
  start: number;
  end: number;
  node: Text;
  index: CodePointIndex;
}

/** The reader's text nodes, each tagged with the document offset (code points) it starts at. */
function collectPieces(container: HTMLElement): PieceNode[] {
  const pieces: PieceNode[] = [];
  container.querySelectorAll<HTMLElement>('[data-start]').forEach((element) => {
    const node = element.firstChild;
    if (!(node instanceof Text)) return;
    const index = new CodePointIndex(node.data);
    const start = Number(element.dataset.start);
    pieces.push({ start, end: start + index.length, node, index });
  });
  return pieces.sort((a, b) => a.start - b.start);
}

/** DOM position of a document offset: the piece holding it, and the UTF-16 offset inside. */
function locate(
  pieces: PieceNode[],
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } | null {
  for (const piece of pieces) {
    const inside = isEnd
      ? offset > piece.start && offset <= piece.end
      : offset >= piece.start && offset < piece.end;
    if (inside) return { node: piece.node, offset: piece.index.toUtf16(offset - piece.start) };
  }
  return null;
}

function rangeFor(pieces: PieceNode[], start: number, end: number): Range | null {
  const from = locate(pieces, start, false);
  const to = locate(pieces, end, true);
  if (!from || !to) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * Paints every value's spans over the reader text with the CSS Custom Highlight API — one
 * Highlight per field colour, no wrapper element per span, so an article with a thousand values
 * stays as light as one with none — and scrolls the focused value's first span into view.
 */
export function useProvenanceHighlights(
  container: RefObject<HTMLElement | null>,
  values: readonly FieldValuePayload[] | null,
  fieldKeys: readonly string[],
  focusedValueId: number | null,
  textVersion: unknown,
): void {
  useEffect(() => {
    const element = container.current;
    if (!element || !values || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    performance.mark('gleaner:highlights:start');
    const pieces = collectPieces(element);
    const groups = Array.from({ length: fieldColorCount }, () => new Highlight());
    const focused = new Highlight();
    let firstFocused: Range | null = null;
    for (const value of values) {
      if (value.state === 'rejected') continue;
      const group = groups[fieldColorIndex(fieldKeys, value.fieldKey)]!;
      for (const span of value.spans) {
        const range = rangeFor(pieces, span.start, span.end);
        if (!range) continue;
        group.add(range);
        if (value.id === focusedValueId) {
          focused.add(range);
          firstFocused ??= range;
        }
      }
    }
    groups.forEach((highlight, i) => CSS.highlights.set(`field-${i}`, highlight));
    CSS.highlights.set('focused-value', focused);
    performance.mark('gleaner:highlights:end');
    performance.measure('gleaner:highlights', 'gleaner:highlights:start', 'gleaner:highlights:end');
    const target = firstFocused as Range | null;
    if (target) {
      const rect = target.getBoundingClientRect();
      const scroller = element.closest('.mantine-ScrollArea-viewport');
      if (scroller && (rect.top < 0 || rect.bottom > window.innerHeight)) {
        scroller.scrollBy({ top: rect.top - window.innerHeight / 3 });
      }
    }
    return () => {
      for (let i = 0; i < fieldColorCount; i++) CSS.highlights.delete(`field-${i}`);
      CSS.highlights.delete('focused-value');
    };
  }, [container, values, fieldKeys, focusedValueId, textVersion]);
}
