/**
 * A menu word standing as the heading of the text under it. '医院介绍' alone on a line is a site's
 * menu item, and chrome, almost everywhere; on a profile page it is the page's own heading, right
 * over the profile's first paragraph ('医院概况 ⏎ 某市人民医院始建于…。'). There it is the article's
 * title and the start of its text: marking it chrome left the profile without a title and split
 * from what a curator calls its start (found on set S).
 */
import type { ChromeReason } from './chrome-rules';
import { type TextLines, isBlankLine } from './lines';
import { FULL_STOP } from './sentence-ends';

/** The menu words that also head a profile: what the text under them is. */
const PROFILE_HEADINGS = new Set([
  '医院概况',
  '医院简介',
  '医院介绍',
  '醫院概況',
  '醫院簡介',
  '醫院介紹',
  '本院简介',
  '本院概况',
]);

/** Whether a line is one of those words alone ('医院简介'). */
export function isProfileHeading(text: string): boolean {
  return PROFILE_HEADINGS.has(text);
}

/** Shortest paragraph a heading may stand over: a profile's first sentence, not a menu's line. */
const BODY_MIN_LENGTH = 40;

function nextTextLine(lines: TextLines, i: number, step: 1 | -1): number | null {
  for (let j = i + step; j >= 0 && j < lines.count; j += step) if (!isBlankLine(lines, j)) return j;
  return null;
}

/**
 * Takes the chrome mark off a profile heading: a line that is one of the words above, with a
 * paragraph of prose right under it, and no menu item alone on the line right above it (a menu
 * written one item a line, ending in '医院简介' over the page's text, stays chrome). A menu bar
 * above it, its items on one line, is the site's header, and the heading still the page's.
 */
export function keepProfileHeadings(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  for (let i = 0; i < lines.count; i++) {
    if (reasons[i] !== 'navigation' || lines.last[i]! - lines.first[i]! > 4) continue;
    if (!PROFILE_HEADINGS.has(trimmedText(i))) continue;
    const below = nextTextLine(lines, i, 1);
    if (below === null || reasons[below] !== null) continue;
    const body = trimmedText(below);
    if (lines.last[below]! - lines.first[below]! < BODY_MIN_LENGTH || !FULL_STOP.test(body))
      continue;
    // The item before it alone on its line: a menu written downwards, of which this is the end.
    const above = nextTextLine(lines, i, -1);
    if (above !== null && reasons[above] === 'navigation' && !/\s/u.test(trimmedText(above)))
      continue;
    reasons[i] = null;
  }
}
