/**
 * Whether the markers of a list open their items, close them or follow their titles: read from
 * where the page puts its blank lines and headlines, apart from the cutting that uses the answer.
 */
import { endsSentence } from './line-kinds';
import type { ListMarkerKind } from './list-markers';
import { isHeadline, isHeadlineShort, type MarkedLine } from './list-item-shape';

/**
 * Where in its item a marker sits: it opens the item, closes it, or comes right after the item's
 * headline ('标题⏎2024-04-28⏎摘要', as web lists print a title, a date and a summary).
 */
export type MarkerPlace = 'opens' | 'closes' | 'after-title';

/**
 * Dates that open a line, and bullets, open items. A date alone on a line, or at the end of a
 * long line, closes its item when the page says so: the blank lines fall right after the markers,
 * or the first marker has text right above it and none is left after the last. A date alone on a
 * line with a headline right above it, and a sentence's end above that, follows its item's title.
 */
export function placeOfMarkers(
  kind: ListMarkerKind,
  content: readonly MarkedLine[],
  markers: readonly number[],
): MarkerPlace {
  if (kind === 'date-lead' || kind === 'bullet') return 'opens';
  if (kind === 'date-trail') {
    const headlines = markers.filter((m) => isHeadlineShort(content[m]!.line)).length;
    return headlines * 2 < markers.length ? 'closes' : 'opens';
  }
  let blankAfter = 0;
  let blankBefore = 0;
  for (const m of markers) {
    const line = content[m]!.line;
    const next = content[m + 1]?.line;
    const previous = content[m - 1]?.line;
    if (next && next.index > line.index + 1) blankAfter++;
    if (previous && previous.index < line.index - 1) blankBefore++;
  }
  if (blankAfter !== blankBefore) return blankAfter > blankBefore ? 'closes' : 'opens';
  if (followsTitles(content, markers)) return 'after-title';
  const textBeforeFirst = markers[0]! > 0;
  const textAfterLast = markers[markers.length - 1]! < content.length - 1;
  return textBeforeFirst && !textAfterLast ? 'closes' : 'opens';
}

/** Most markers after the first have a headline right above them and a sentence's end above it. */
function followsTitles(content: readonly MarkedLine[], markers: readonly number[]): boolean {
  let titled = 0;
  for (let k = 1; k < markers.length; k++) {
    const m = markers[k]!;
    if (m - markers[k - 1]! < 3) continue;
    const above = content[m - 1]!;
    const beforeTitle = content[m - 2]!;
    if (above.kind === null && isHeadline(above.line) && endsSentence(beforeTitle.line.text)) {
      titled++;
    }
  }
  return titled * 2 > markers.length - 1;
}
