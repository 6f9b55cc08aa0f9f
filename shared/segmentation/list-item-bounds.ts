/**
 * Cutting a list page's lines into items around their markers, with the page's blank lines as
 * the separations it means, and keeping the longest run of items short enough to be list items.
 */
import type { PageLine } from './lines';
import {
  MAX_ITEM_LINES,
  isHeadline,
  isShortItem,
  toItem,
  type ListItem,
  type MarkedLine,
} from './list-item-shape';
import type { MarkerPlace } from './list-marker-place';

/**
 * Cuts the content into items around each marker and keeps the longest run of consecutive short
 * items. Lines between two markers are split at their last blank line if they have one (the
 * page's own separation), else given to the item the markers' direction says.
 */
export function longestRunOfItems(
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
