import { useEffect, useRef, type RefObject } from 'react';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { fieldColorIndexes, highlightCss, type ColoredField } from '../fields/field-colors';
import { openFetchedMark, openStartMark } from '../fields/fields-store';
import { collectPieces, rangeFor, type PieceNode } from './text-pieces';

/** A span as the hover hit-test needs it: sorted by start. */
export interface SpanEntry {
  start: number;
  end: number;
  valueId: number;
}

export interface PaintedText {
  pieces: PieceNode[];
  spans: SpanEntry[];
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** The per-field highlight rules, generated (their number follows the palette), added once. */
function installHighlightStyles(): void {
  if (document.getElementById('gleaner-field-highlights')) return;
  const style = document.createElement('style');
  style.id = 'gleaner-field-highlights';
  style.textContent = highlightCss();
  document.head.append(style);
}

/**
 * Measures from the start of opening an article (the fields fetch) to the frame after the
 * highlights were set, once per opened article: `gleaner:highlights` in the performance timeline,
 * and `gleaner:highlights:render` for the part after the values arrived.
 */
function measureOpening(): void {
  if (performance.getEntriesByName(openStartMark, 'mark').length === 0) return;
  performance.mark('gleaner:highlights:set');
  // The frame that paints the highlights starts with this callback (paint follows it directly).
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(openStartMark, 'mark').length === 0) return;
    performance.clearMeasures('gleaner:highlights');
    performance.measure('gleaner:highlights', openStartMark);
    performance.clearMeasures('gleaner:highlights:render');
    if (performance.getEntriesByName(openFetchedMark, 'mark').length > 0)
      performance.measure('gleaner:highlights:render', openFetchedMark);
    performance.clearMarks(openStartMark);
  });
}

/**
 * Paints every value's spans over the reader text with the CSS Custom Highlight API — one
 * Highlight per field colour, no wrapper element per span, so an article with a thousand values
 * stays as light as one with none. The focused value gets its own highlight, repainted alone
 * when the focus moves. Returns what the hover hit-test needs (pieces and sorted spans).
 */
export function useProvenanceHighlights(
  container: RefObject<HTMLElement | null>,
  values: readonly FieldValuePayload[] | null,
  fields: readonly ColoredField[],
  focusedValueId: number | null,
  textVersion: unknown,
): RefObject<PaintedText | null> {
  const painted = useRef<PaintedText | null>(null);

  useEffect(() => {
    const element = container.current;
    painted.current = null;
    if (!element || !values || !supported()) return;
    installHighlightStyles();
    const pieces = collectPieces(element);
    const groups = new Map<string, { highlight: Highlight; lengths: number; count: number }>();
    const spans: SpanEntry[] = [];
    const colors = fieldColorIndexes(fields);
    for (const value of values) {
      if (value.state === 'rejected') continue;
      const name = `field-${colors.get(value.fieldKey) ?? 0}-${value.state === 'suggested' ? 'suggested' : 'decided'}`;
      let group = groups.get(name);
      if (!group) groups.set(name, (group = { highlight: new Highlight(), lengths: 0, count: 0 }));
      for (const span of value.spans) {
        const range = rangeFor(pieces, span.start, span.end);
        if (!range) continue;
        group.highlight.add(range);
        group.lengths += span.end - span.start;
        group.count += 1;
        spans.push({ start: span.start, end: span.end, valueId: value.id });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    // Nested spans (阜新市 inside 阜新市第二人民医院): the field with the shorter spans paints on
    // top, so the inner tint shows and the outer one's underline runs on past it.
    const byLength = [...groups].sort(
      ([, a], [, b]) => b.lengths / Math.max(1, b.count) - a.lengths / Math.max(1, a.count),
    );
    byLength.forEach(([name, group], priority) => {
      group.highlight.priority = priority;
      CSS.highlights.set(name, group.highlight);
    });
    painted.current = { pieces, spans };
    measureOpening();
    return () => {
      for (const name of groups.keys()) CSS.highlights.delete(name);
    };
  }, [container, values, fields, textVersion]);

  useEffect(() => {
    const element = container.current;
    if (!element || !values || !supported()) return;
    const value = values.find((v) => v.id === focusedValueId);
    if (!value) return;
    const pieces = painted.current?.pieces ?? collectPieces(element);
    const focused = new Highlight();
    for (const span of value.spans) {
      const range = rangeFor(pieces, span.start, span.end);
      if (range) focused.add(range);
    }
    // Above every field's tint, whatever their priorities.
    focused.priority = 1000;
    CSS.highlights.set('focused-value', focused);
    return () => {
      CSS.highlights.delete('focused-value');
    };
  }, [container, values, focusedValueId, textVersion]);

  return painted;
}

/** Ids of the values with a span over document offset `offset` (spans sorted by start). */
export function valuesAt(spans: readonly SpanEntry[], offset: number): number[] {
  const ids: number[] = [];
  for (const span of spans) {
    if (span.start > offset) break;
    if (offset < span.end && !ids.includes(span.valueId)) ids.push(span.valueId);
  }
  return ids;
}
