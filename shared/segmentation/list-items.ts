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
import { listMarkerOf, type ListMarker, type ListMarkerKind } from './list-markers';

export const MIN_ITEMS = 3;
/**
 * A column page shows tens of items. Thousands of dated lines are a log or a table, not news:
 * such a page stays one article rather than becoming thousands.
 */
export const MAX_ITEMS = 500;
export const MAX_ITEM_LINES = 5;
export const MAX_ITEM_CHARS = 400;
/** Body text outside the list may be at most this share of the list's own text. */
const MAX_OUTSIDE_BODY_SHARE = 1;
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

export interface PageList {
  kind: ListMarkerKind;
  items: ListItem[];
}

interface MarkedLine {
  line: PageLine;
  kind: ListMarkerKind | null;
  rest: string;
}

/** The list a page is made of, or null when the page is not a list page. */
export function findPageList(lines: readonly PageLine[]): PageList | null {
  // Markers first, by line number: most pages have none, and a page of millions of short lines
  // should not hold a record of each only to learn that (150 MB at 3.6 million lines).
  const markerOfLine = new Map<number, ListMarker>();
  const counts = new Map<ListMarkerKind, number>();
  for (const line of lines) {
    if (line.blank || line.chrome) continue;
    // Layout lines of a newspaper page are never list items, whatever they hold.
    const marker =
      isByline(line.text) || parseKickerLine(line.text) !== null ? null : listMarkerOf(line.text);
    if (!marker) continue;
    markerOfLine.set(line.index, marker);
    counts.set(marker.kind, (counts.get(marker.kind) ?? 0) + 1);
  }
  let kind: ListMarkerKind | null = null;
  for (const [k, n] of counts)
    if (n >= MIN_ITEMS && (kind === null || n > counts.get(kind)!)) kind = k;
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
  if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) return null;
  if (kind === 'bullet' && !items.every((item) => item.lines.every(isHeadline))) return null;
  if (tooMuchBodyOutside(content, items)) return null;
  return { kind, items };
}

/**
 * Where in its item a marker sits: it opens the item, closes it, or comes right after the item's
 * headline ('标题⏎2024-04-28⏎摘要', as web lists print a title, a date and a summary).
 */
type MarkerPlace = 'opens' | 'closes' | 'after-title';

/**
 * Dates that open a line, and bullets, open items. A date alone on a line, or at the end of a
 * long line, closes its item when the page says so: the blank lines fall right after the markers,
 * or the first marker has text right above it and none is left after the last. A date alone on a
 * line with a headline right above it, and a sentence's end above that, follows its item's title.
 */
function placeOfMarkers(
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

/**
 * Cuts the content into items around each marker and keeps the longest run of consecutive short
 * items. Lines between two markers are split at their last blank line if they have one (the
 * page's own separation), else given to the item the markers' direction says.
 */
function longestRunOfItems(
  content: readonly MarkedLine[],
  markers: readonly number[],
  lines: readonly PageLine[],
  place: MarkerPlace,
): ListItem[] {
  const breaks = blankBreaks(content, markers, lines);
  // Boundaries between items, as indices into content: item k spans [bounds[k], bounds[k+1]).
  const bounds: number[] = [];
  for (let k = 0; k < markers.length; k++) {
    const marker = markers[k]!;
    const previous = k > 0 ? markers[k - 1]! : -1;
    if (place === 'closes') {
      const gapBreak = lastBreakIn(breaks, previous + 1, marker - 1);
      // The item ends at its marker and starts after the previous one, or after a blank line;
      // the first one at most MAX_ITEM_LINES up (what is above it is the page's header).
      const start = gapBreak ?? previous + 1;
      bounds.push(k === 0 ? Math.max(start, marker - (MAX_ITEM_LINES - 1)) : start);
    } else if (place === 'after-title') {
      // The headline right above the marker opens the item, unless it is not one.
      const above = content[marker - 1];
      const titled =
        above !== undefined &&
        marker - 1 > previous &&
        above.kind === null &&
        isHeadline(above.line);
      bounds.push(titled ? marker - 1 : marker);
    } else {
      bounds.push(k === 0 ? marker : (lastBreakIn(breaks, previous + 2, marker) ?? marker));
    }
  }
  const lastMarker = markers[markers.length - 1]!;
  bounds.push(
    place === 'closes' ? lastMarker + 1 : endOfLastItem(content, lastMarker, breaks, bounds),
  );

  let best: ListItem[] = [];
  let run: ListItem[] = [];
  for (let k = 0; k < markers.length; k++) {
    const item = content.slice(bounds[k]!, bounds[k + 1]!);
    if (isShortItem(item)) run.push(toItem(item, content[markers[k]!]!));
    else run = [];
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * For each content index i, whether a blank (or chrome) line separates content[i - 1] from
 * content[i]. A page that puts a blank line between all its lines says nothing by them: then no
 * break counts.
 */
function blankBreaks(
  content: readonly MarkedLine[],
  markers: readonly number[],
  lines: readonly PageLine[],
): boolean[] {
  const breaks = content.map(
    (c, i) => i > 0 && hasBlankBetween(content[i - 1]!.line, c.line, lines),
  );
  const from = Math.max(1, markers[0]!);
  const to = markers[markers.length - 1]!;
  let pairs = 0;
  let separated = 0;
  for (let i = from; i <= to; i++) {
    pairs++;
    if (breaks[i]) separated++;
  }
  return pairs > 0 && separated === pairs ? breaks.map(() => false) : breaks;
}

/** The last index i in [from, to] where a blank line comes before content[i], or null. */
function lastBreakIn(breaks: readonly boolean[], from: number, to: number): number | null {
  for (let i = to; i >= Math.max(from, 1); i--) if (breaks[i]) return i;
  return null;
}

/** A blank line between two content lines (chrome between them separates too). */
function hasBlankBetween(a: PageLine, b: PageLine, lines: readonly PageLine[]): boolean {
  for (let i = a.index + 1; i < b.index; i++) {
    if (lines[i]!.blank || lines[i]!.chrome) return true;
  }
  return false;
}

/**
 * Where the last item of a list whose markers open items ends: at the first blank line after its
 * marker when the items are blank-separated, else after as many lines as the longest other item.
 */
function endOfLastItem(
  content: readonly MarkedLine[],
  lastMarker: number,
  breaks: readonly boolean[],
  bounds: readonly number[],
): number {
  let longest = 1;
  for (let k = 1; k < bounds.length; k++) longest = Math.max(longest, bounds[k]! - bounds[k - 1]!);
  const limit = Math.min(content.length, lastMarker + longest);
  for (let i = lastMarker + 1; i < limit; i++) {
    if (breaks[i] || content[i]!.kind !== null) return i;
  }
  return limit;
}

function isShortItem(item: readonly MarkedLine[]): boolean {
  if (item.length === 0 || item.length > MAX_ITEM_LINES) return false;
  let chars = 0;
  for (const c of item) chars += c.line.text.trim().length;
  return chars <= MAX_ITEM_CHARS;
}

function isHeadlineShort(line: PageLine): boolean {
  return line.text.trim().length <= HEADLINE_LINE;
}

function isHeadline(line: PageLine): boolean {
  return isHeadlineShort(line) && !endsSentence(line.text);
}

/** The item's title: the marker line's text when it is a headline, else the first such line. */
function toItem(item: readonly MarkedLine[], marker: MarkedLine): ListItem {
  let title: string | null = null;
  for (const c of item) {
    const text = c === marker ? marker.rest : c.line.text.trim();
    if (text.length === 0) continue;
    if (text.length >= 4 && text.length <= SHORT_LINE && !endsSentence(text)) title = text;
    break;
  }
  return { lines: item.map((c) => c.line), markerLine: marker.line, title };
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
