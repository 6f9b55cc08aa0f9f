/**
 * What one item of a list page looks like (a few short lines, a headline without a full stop) and
 * how its lines become a ListItem: the limits of a list item change here and nowhere else.
 */
import type { PageLine } from './lines';
import { SHORT_LINE, endsSentence } from './line-kinds';
import type { ListMarkerKind } from './list-markers';

export const MAX_ITEM_LINES = 5;
export const MAX_ITEM_CHARS = 400;
/** A headline's longest line. */
const HEADLINE_LINE = SHORT_LINE;

export interface ListItem {
  /** The item's lines, in page order (never blank or chrome). */
  lines: PageLine[];
  /** The line whose marker made it an item. */
  markerLine: PageLine;
  /** The item's headline: its title line without date or bullet, if it has one. */
  title: string | null;
}

/** A content line of the page (not blank, not chrome) and the list marker it carries, if any. */
export interface MarkedLine {
  line: PageLine;
  kind: ListMarkerKind | null;
  rest: string;
}

export function isShortItem(item: readonly MarkedLine[]): boolean {
  if (item.length === 0 || item.length > MAX_ITEM_LINES) return false;
  let chars = 0;
  for (const c of item) chars += c.line.text.trim().length;
  return chars <= MAX_ITEM_CHARS;
}

export function isHeadlineShort(line: PageLine): boolean {
  return line.text.trim().length <= HEADLINE_LINE;
}

export function isHeadline(line: PageLine): boolean {
  return isHeadlineShort(line) && !endsSentence(line.text);
}

/** The item's title: the marker line's text when it is a headline, else the first such line. */
export function toItem(item: readonly MarkedLine[], marker: MarkedLine): ListItem {
  let title: string | null = null;
  for (const c of item) {
    const text = c === marker ? marker.rest : c.line.text.trim();
    if (text.length === 0) continue;
    if (text.length >= 4 && text.length <= SHORT_LINE && !endsSentence(text)) title = text;
    break;
  }
  return { lines: item.map((c) => c.line), markerLine: marker.line, title };
}
