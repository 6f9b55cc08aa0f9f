import { useEffect, useState, type RefObject } from 'react';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { scrollIntoReader } from './scroll-into-reader';
import { collectPieces, rangeFor } from './text-pieces';
import type { PaintedText } from './use-provenance-highlights';

export interface PulseBox {
  key: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

const pulseMs = 1100;

/**
 * When a value is focused (again), scrolls its first span into view in the reader and
 * returns boxes over its spans for a short pulse animation. Only the focused value's few spans
 * get elements, and only for the length of the pulse.
 */
export function useFocusPulse(
  container: RefObject<HTMLElement | null>,
  painted: RefObject<PaintedText | null>,
  value: FieldValuePayload | null,
  focusCount: number,
): PulseBox[] {
  const [boxes, setBoxes] = useState<PulseBox[]>([]);
  useEffect(() => {
    const element = container.current;
    if (!element || !value || value.spans.length === 0) return;
    const pieces = painted.current?.pieces ?? collectPieces(element);
    const ranges = value.spans
      .map((span) => rangeFor(pieces, span.start, span.end))
      .filter((r): r is Range => r !== null);
    const first = ranges[0];
    if (!first) return;
    scrollIntoReader(element, first);
    const origin = element.getBoundingClientRect();
    const next: PulseBox[] = [];
    ranges.forEach((range, r) =>
      [...range.getClientRects()].forEach((rect, i) =>
        next.push({
          key: `${focusCount}-${r}-${i}`,
          left: rect.left - origin.left - 2,
          top: rect.top - origin.top - 1,
          width: rect.width + 4,
          height: rect.height + 2,
        }),
      ),
    );
    const frame = requestAnimationFrame(() => setBoxes(next));
    const timer = setTimeout(() => setBoxes([]), pulseMs);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // Only a new focus pulses; edits of the focused value do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusCount, value?.id]);
  return boxes;
}
