import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import type { CommentPayload } from '../../../shared/contract/review';
import { collectPieces, rangeFor } from './text-pieces';
import type { PaintedText } from './use-provenance-highlights';

/** A comment marker placed in the text: where a thread's span (or its value's first span) ends. */
export interface CommentMarker {
  key: string;
  /** The threads marked here, oldest first; the marker opens the first. */
  threadIds: number[];
  open: boolean;
  left: number;
  top: number;
  /** Boxes over the commented characters of a span thread (a dotted outline). */
  boxes: { left: number; top: number; width: number; height: number }[];
}

interface Anchored {
  threadId: number;
  open: boolean;
  start: number;
  end: number;
  outline: boolean;
}

/** The text ranges comment threads point at: their span, or their value's first span. */
function anchoredThreads(
  comments: readonly CommentPayload[],
  values: readonly FieldValuePayload[] | null,
): Anchored[] {
  const out: Anchored[] = [];
  for (const c of comments) {
    if (c.replyTo !== null) continue;
    const open = c.resolvedAt === null;
    if (c.span)
      out.push({ threadId: c.id, open, start: c.span.start, end: c.span.end, outline: true });
    else if (c.valueId !== null) {
      const span = values?.find((v) => v.id === c.valueId)?.spans[0];
      if (span)
        out.push({ threadId: c.id, open, start: span.start, end: span.end, outline: false });
    }
  }
  return out;
}

/**
 * Markers for the article's comment threads over the reader text, in either view: positioned
 * boxes measured from DOM ranges of the threads' code-point offsets, like the focus pulse, so the
 * text nodes (and the offsets they carry) stay exactly as they are. Threads ending at the same
 * place share one marker. Measured again when the text, the threads or the window size change.
 */
export function useCommentMarkers(
  container: RefObject<HTMLElement | null>,
  painted: RefObject<PaintedText | null>,
  comments: readonly CommentPayload[],
  values: readonly FieldValuePayload[] | null,
  textVersion: unknown,
): CommentMarker[] {
  const anchored = useMemo(() => anchoredThreads(comments, values), [comments, values]);
  const [markers, setMarkers] = useState<CommentMarker[]>([]);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const frame = requestAnimationFrame(() => {
      if (anchored.length === 0) {
        setMarkers((now) => (now.length === 0 ? now : []));
        return;
      }
      const pieces = painted.current?.pieces ?? collectPieces(element);
      const origin = element.getBoundingClientRect();
      const byPlace = new Map<string, CommentMarker>();
      for (const a of anchored) {
        const range = rangeFor(pieces, a.start, a.end);
        const rects = range ? [...range.getClientRects()] : [];
        const last = rects.at(-1);
        if (!last) continue;
        const left = Math.round(last.right - origin.left);
        const top = Math.round(last.top - origin.top);
        const key = `${left}:${top}`;
        const marker = byPlace.get(key) ?? {
          key,
          threadIds: [],
          open: false,
          left,
          top,
          boxes: [],
        };
        marker.threadIds.push(a.threadId);
        marker.open ||= a.open;
        if (a.outline && a.open)
          for (const r of rects)
            marker.boxes.push({
              left: r.left - origin.left,
              top: r.top - origin.top,
              width: r.width,
              height: r.height,
            });
        byPlace.set(key, marker);
      }
      const next = [...byPlace.values()];
      // Measuring again after a re-render finds the same places: keep the state as it is.
      setMarkers((now) => (JSON.stringify(now) === JSON.stringify(next) ? now : next));
    });
    return () => cancelAnimationFrame(frame);
  }, [container, painted, anchored, textVersion, width]);
  return markers;
}
