/**
 * Finds the items of a list page: a column page of short items, each a line or a few (a title
 * line, a summary line, a date) whose shape repeats. Each item becomes an article of its own, so
 * the values of one item never mix with another's.
 *
 * SIGNALS
 * - Marker lines (./listMarkers): a date set apart from the sentence, or a bullet. The kind that
 *   most lines carry is the list's kind; a list has at least MIN_ITEMS markers of that kind.
 * - Each item holds exactly one marker line. The lines between two markers go to the earlier one
 *   ('标题 2024-03-12' then its summary) or, when the marker closes an item ('标题⏎摘要⏎2024-03-12'),
 *   to the later one; a blank line between them wins over both, since it is where the page
 *   itself separates its items.
 *
 * WHAT IS NOT A LIST (so that ordinary articles keep their segmentation)
 * - Items must be short: at most MAX_ITEM_LINES lines and MAX_ITEM_CHARS characters each. A run of
 *   markers broken by a longer stretch of text ends the list there. More than MAX_ITEMS items are a
 *   log or a table, not a column page.
 * - The text outside the list may hold no more body text (full sentences on long lines) than the
 *   list itself: an article that contains a dated timeline or a related-news list is one article.
 * - Items of a bulleted list (no dates) are headlines (short, no full stop): bullets inside an
 *   article's text mark its points, which are sentences.
 */
import type { PageLine } from './lines';
import { SHORT_LINE, endsSentence, isByline, parseKickerLine } from './line-kinds';
import { longestRunOfItems } from './list-item-bounds';
import { isHeadline, type ListItem, type MarkedLine } from './list-item-shape';
import { placeOfMarkers } from './list-marker-place';
import { listMarkerOf, type ListMarker, type ListMarkerKind } from './list-markers';

export { MAX_ITEM_CHARS, MAX_ITEM_LINES, type ListItem } from './list-item-shape';

export const MIN_ITEMS = 3;
/** Lines that each open with a bullet and a date are items of a list even two by two. */
const MIN_BULLET_DATED_ITEMS = 2;
/**
 * A column page shows tens of items. Thousands of dated lines are a log or a table, not news:
 * such a page stays one article rather than becoming thousands.
 */
export const MAX_ITEMS = 500;
/** Body text outside the list may be at most this share of the list's own text. */
const MAX_OUTSIDE_BODY_SHARE = 1;

export interface PageList {
  kind: ListMarkerKind;
  items: ListItem[];
}

/** The list a page is made of, or null when the page is not a list page. */
export function findPageList(lines: readonly PageLine[]): PageList | null {
  // Markers first, by line number: most pages have none, and a page of millions of short lines
  // should not hold a record of each only to learn that (150 MB at 3.6 million lines).
  const markerOfLine = new Map<number, ListMarker>();
  const counts = new Map<ListMarkerKind, number>();
  let bulletDated = 0;
  for (const line of lines) {
    if (line.blank || line.chrome) continue;
    // Layout lines of a newspaper page are never list items, whatever they hold.
    const marker =
      isByline(line.text) || parseKickerLine(line.text) !== null ? null : listMarkerOf(line.text);
    if (!marker) continue;
    markerOfLine.set(line.index, marker);
    counts.set(marker.kind, (counts.get(marker.kind) ?? 0) + 1);
    if (marker.bulletDated) bulletDated++;
  }
  // Two items are enough where every marker is a bullet and a date (·4月2日下午，… ·4月4日…).
  const least = (k: ListMarkerKind, n: number): number =>
    k === 'date-lead' && bulletDated === n ? MIN_BULLET_DATED_ITEMS : MIN_ITEMS;
  let kind: ListMarkerKind | null = null;
  for (const [k, n] of counts)
    if (n >= least(k, n) && (kind === null || n > counts.get(kind)!)) kind = k;
  if (kind === null) return null;

  const content: MarkedLine[] = [];
  for (const line of lines) {
    if (line.blank || line.chrome) continue;
    const marker = markerOfLine.get(line.index);
    content.push({ line, kind: marker?.kind ?? null, rest: marker?.rest ?? '' });
  }

  const markers: number[] = [];
  content.forEach((c, i) => {
    if (c.kind === kind) markers.push(i);
  });
  const items = longestRunOfItems(content, markers, lines, placeOfMarkers(kind, content, markers));
  if (items.length < least(kind, counts.get(kind)!) || items.length > MAX_ITEMS) return null;
  if (kind === 'bullet' && !items.every((item) => item.lines.every(isHeadline))) return null;
  if (tooMuchBodyOutside(content, items)) return null;
  return { kind, items };
}

/** Sentences on long lines outside the list: the page is an article that holds a list. */
function tooMuchBodyOutside(content: readonly MarkedLine[], items: readonly ListItem[]): boolean {
  const inList = new Set<number>();
  let listChars = 0;
  for (const item of items) {
    for (const line of item.lines) {
      inList.add(line.index);
      listChars += line.text.trim().length;
    }
  }
  let bodyChars = 0;
  for (const c of content) {
    if (inList.has(c.line.index)) continue;
    const text = c.line.text.trim();
    if (text.length > SHORT_LINE || endsSentence(text)) bodyChars += text.length;
  }
  return bodyChars > listChars * MAX_OUTSIDE_BODY_SHARE;
}
