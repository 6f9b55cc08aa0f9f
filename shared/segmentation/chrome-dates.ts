/**
 * Dates a list page shows under each item's headline ('标题⏎2024-05-11⏎摘要') look, one line at a
 * time, like the publication date or the phone number of a page's chrome, and are marked as chrome
 * (../text/chrome). As chrome they are rightly left out of every article's text, but they are
 * still what makes the page a list: this gives the list finder those lines back.
 */
import { CodePointIndex } from '../text/codepoints';
import type { PageLine } from './lines';
import { MIN_ITEMS } from './list-items';
import { listMarkerOf } from './list-markers';

/**
 * The page's lines with every chrome line that is a date alone read as text again, or null when
 * fewer than a list's worth of such lines are chrome (the page is no list of that shape).
 */
export function withChromeDates(text: string, lines: readonly PageLine[]): PageLine[] | null {
  let index: CodePointIndex | null = null;
  const restored = new Map<number, string>();
  for (const line of lines) {
    // Only short lines can be a date alone; most chrome lines are menus and footers.
    if (!line.chrome || line.end - line.start > 40) continue;
    index ??= new CodePointIndex(text);
    const original = index.slice(line.start, line.end);
    if (listMarkerOf(original)?.kind === 'date-only') restored.set(line.index, original);
  }
  if (restored.size < MIN_ITEMS) return null;
  return lines.map((line) => {
    const original = restored.get(line.index);
    return original === undefined ? line : { ...line, chrome: false, text: original };
  });
}
