/**
 * Marks the lines of a page that are web chrome rather than article: menus, breadcrumbs, footers,
 * addresses, 备案 numbers, social links, copyright. Nothing is removed; the marks let the reader
 * dim these lines and let extraction skip them.
 *
 * A line is chrome when a rule in chrome-rules.ts recognises it, or when it is a short, unlabelled,
 * stand-alone line (or two) wedged between chrome lines with only blank lines around: the site
 * name between 官方视频号 and the address lines, the slogan between 回到头部 and the breadcrumb.
 */
import { FULL_STOP } from './sentence-ends';
import { codePointLength, type CodePointRange } from './codepoints';
import {
  type ChromeReason,
  classifyChromeLine,
  hasBylineLabel,
  isRelatedLinksHeading,
} from './chrome-rules';
import { keepProfileHeadings } from './chrome-headings';
import {
  markHeaderAboveBreadcrumb,
  markHeaderAboveStampedHeadline,
  markSuffixedPageTitle,
} from './chrome-page-head';
import { markRepeatedRuns } from './chrome-repeated-runs';
import { decideJoins } from './line-joins';
import { type TextLines, isBlankLine, splitLines, toCodePoints, utf16Offsets } from './lines';

export type { ChromeReason } from './chrome-rules';

/** A chrome line: `[start, end)` in code points of the original text, without its line break. */
export interface ChromeRange extends CodePointRange {
  reason: ChromeReason;
}

/** Longest unlabelled line that may inherit a chrome mark from its neighbours. */
const WEDGED_MAX_LENGTH = 40;
/** Longest run of unlabelled lines that may inherit a chrome mark. */
const WEDGED_MAX_LINES = 2;
/** Lines longer than this are never chrome, so their text is not even built. */
const MAX_CHROME_LINE = 160;

export function detectPageChrome(original: string): ChromeRange[] {
  const lines = splitLines(toCodePoints(original));
  const trimmedText = trimmedTextOf(original, lines);
  const joined = decideJoins(lines);
  const reasons: (ChromeReason | null)[] = new Array<ChromeReason | null>(lines.count).fill(null);
  // Typed where it can be: a page may have millions of lines.
  const wedgeable = new Uint8Array(lines.count);
  for (let i = 0; i < lines.count; i++) {
    if (isBlankLine(lines, i) || lines.last[i]! - lines.first[i]! > MAX_CHROME_LINE) continue;
    const text = trimmedText(i);
    const standalone = !joined[i] && !(i > 0 && joined[i - 1]);
    reasons[i] = classifyChromeLine({ text, standalone });
    // A credit line ('作者:X上传时间:…') carries the reporters, wherever it stands (found on set M).
    wedgeable[i] =
      standalone &&
      text.length <= WEDGED_MAX_LENGTH &&
      !FULL_STOP.test(text) &&
      !hasBylineLabel(text)
        ? 1
        : 0;
  }
  markJoinedChromePairs(lines, reasons, joined, trimmedText);
  markRelatedLinks(lines, reasons, trimmedText);
  markRepeatedRuns(lines, reasons, trimmedText);
  markWedgedLines(lines, reasons, wedgeable, trimmedText);
  markSuffixedPageTitle(lines, reasons, trimmedText);
  markHeaderAboveBreadcrumb(lines, reasons, trimmedText);
  markHeaderAboveStampedHeadline(lines, reasons, trimmedText);
  markHeadlineTail(lines, reasons, trimmedText);
  keepProfileHeadings(lines, reasons, trimmedText);
  const ranges: ChromeRange[] = [];
  for (let i = 0; i < lines.count; i++) {
    const reason = reasons[i];
    if (reason) ranges.push({ start: lines.start[i]!, end: lines.end[i]!, reason });
    else if (!isBlankLine(lines, i)) {
      const tail = relatedLinksTail(trimmedText(i));
      if (tail !== null)
        ranges.push({ start: lines.first[i]! + tail, end: lines.last[i]!, reason: 'navigation' });
    }
  }
  return ranges;
}

/**
 * Two lines read as one wrapped sentence where each, standing alone, is chrome: a date/source bar
 * and the share prompt under it ('日期:2023-01-20 来源:某某网⏎分享到:', set Q). Neither ends a
 * sentence, so the joins took them for one; together they are still the page's chrome. A bar
 * joined to a sentence of text stays as it was.
 */
function markJoinedChromePairs(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  joined: Uint8Array,
  trimmedText: (i: number) => string,
): void {
  for (let i = 0; i + 1 < lines.count; i++) {
    if (!joined[i] || reasons[i] || reasons[i + 1]) continue;
    if (i > 0 && joined[i - 1]) continue; // a longer run is prose
    if (i + 2 < lines.count && joined[i + 1]) continue;
    const first = classifyChromeLine({ text: trimmedText(i), standalone: true });
    const second = first && classifyChromeLine({ text: trimmedText(i + 1), standalone: true });
    if (!first || !second) continue;
    reasons[i] = first;
    reasons[i + 1] = second;
  }
}

/**
 * A 'read the full text' link, then a related-links heading, on the article's own line
 * ('…病房。 閱讀全文 其他文章 某地新聞… admin 某局：… admin', found on set R): a page that lost
 * its line breaks, where the other stories' headlines run on after the article's last sentence.
 */
const INLINE_RELATED =
  /(?<=^|[\s。！？!?])(?:阅读全文|閱讀全文|查看全文|全文阅读|全文閱讀)\s*(?:>>|»)?\s*(?:其他文章|其它文章|相关文章|相關文章|相关新闻|相關新聞|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|更多新闻|更多新聞|热门文章|熱門文章)(?=\s|$)/u;

/**
 * Where, in code points from the line's first character, such a run of links begins, or null. The
 * line's text before it is the article's; the links are chrome to the line's end.
 */
function relatedLinksTail(text: string): number | null {
  if (!text.includes('全文')) return null;
  const m = INLINE_RELATED.exec(text);
  return m ? codePointLength(text.slice(0, m.index)) : null;
}

/** Longest line that may be one link of a box of related links. */
const LINK_MAX_LENGTH = 80;
/** A link of such a box: a list marker opens it, or its date (and time) closes it. */
const LINK_ITEM =
  /^[-·•●◆▪*]\s*\S|[（(]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s*[（(]?\d{1,2}:\d{2}(:\d{2})?[）)]?)?[）)]?$/u;
/** A link's date (and time) on the line under its headline ('2009-06-18 (16:06)'). */
const LINK_DATE =
  /^[（(]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s*[（(]?\d{1,2}:\d{2}(:\d{2})?[）)]?)?[）)]?$/u;

/** A piece of a link card: a list marker alone, or its line of dates and counts ('2023-07-22 86 0 -'). */
const LINK_PART = /^[-·•●◆▪*]$|^[\d\s:./-]+$/u;
/** A link card's teaser: the other article's first sentences, cut off ('…', '...'). */
const TEASER = /(…|\.\.\.)$/u;
/** Longest teaser line of a link card. */
const TEASER_MAX_LENGTH = 160;
/** A link's date alone is short: a date, maybe a time in brackets. */
const LINK_DATE_MAX_LENGTH = 24;
/** Longest headline of a link card (a line of its own, followed by its teaser). */
const CARD_HEADLINE_MAX_LENGTH = 40;

/**
 * The links under a related-links heading ('相关新闻' then '- 某某文章(2021-09-16 09:06:23)'…): each
 * a line of its own that a list marker opens or a date closes, or a card of them (a marker, a
 * headline, its cut-off teaser, a line of dates and counts), up to the first line that is none of
 * these. They are other articles' headlines, never this one's text.
 */
function markRelatedLinks(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  for (let i = 0; i < lines.count; i++) {
    // The heading may read as joined to its first link (no sentence ends either): its text decides.
    if (isBlankLine(lines, i) || lines.last[i]! - lines.first[i]! > 8) continue;
    const heading = trimmedText(i);
    if (!isRelatedLinksHeading(heading) && !sectionOverLinks(lines, i, heading, trimmedText))
      continue;
    reasons[i] = 'navigation';
    for (let j = i + 1; j < lines.count; j++) {
      if (isBlankLine(lines, j) || reasons[j] !== null) continue;
      const length = lines.last[j]! - lines.first[j]!;
      if (length > TEASER_MAX_LENGTH) break;
      const text = trimmedText(j);
      const link = length <= LINK_MAX_LENGTH && !text.includes('。') && LINK_ITEM.test(text);
      const card =
        LINK_PART.test(text) ||
        TEASER.test(text) ||
        (length <= CARD_HEADLINE_MAX_LENGTH &&
          !FULL_STOP.test(text) &&
          (nextTextLineIs(lines, j, trimmedText, TEASER_MAX_LENGTH, TEASER) ||
            nextTextLineIs(lines, j, trimmedText, LINK_DATE_MAX_LENGTH, LINK_DATE)));
      if (!link && !card) break;
      reasons[j] = 'navigation';
      i = j;
    }
  }
}

/**
 * A site's news section named over the links after the article ('某市要闻', '区县新闻', '本地動態').
 * Only over two bulleted links or more: an article's own subheading over its text stays text.
 */
const SECTION_NEWS_HEADING =
  /^\p{Script=Han}{0,6}(?:要闻|要聞|新闻|新聞|动态|動態|资讯|資訊|快讯|快訊|头条|頭條)$/u;
const BULLETED_LINK = /^[-·•●◆▪*]\s*\S/u;
function sectionOverLinks(
  lines: TextLines,
  i: number,
  heading: string,
  trimmedText: (line: number) => string,
): boolean {
  if (!SECTION_NEWS_HEADING.test(heading)) return false;
  let links = 0;
  for (let j = i + 1; j < lines.count && links < 2; j++) {
    if (isBlankLine(lines, j)) continue;
    const text = trimmedText(j);
    if (text.length > LINK_MAX_LENGTH || text.includes('。') || !BULLETED_LINK.test(text))
      return false;
    links++;
  }
  return links === 2;
}

/**
 * Whether the next line with text after `i` is at most `maxLength` long and matches `pattern`: a
 * link card's cut-off teaser, or a link's date alone ('2009-06-18 (16:06)').
 */
function nextTextLineIs(
  lines: TextLines,
  i: number,
  trimmedText: (line: number) => string,
  maxLength: number,
  pattern: RegExp,
): boolean {
  for (let j = i + 1; j < lines.count; j++) {
    if (isBlankLine(lines, j)) continue;
    return lines.last[j]! - lines.first[j]! <= maxLength && pattern.test(trimmedText(j));
  }
  return false;
}

/** Fewest lines of a tail of other stories' headlines. */
const HEADLINE_TAIL_MIN_LINES = 3;
/** Longest line of such a tail. */
const HEADLINE_TAIL_MAX_LENGTH = 60;
/** A picture caption ('图为…') is the article's, even at the end of the page. */
const CAPTION_OPENING = /^(图为|圖為|图片|圖片)/u;
/** A dated item of a list page ('2024-03-12  我院开展义诊活动'): the page's own content. */
const DATED_ITEM =
  /^[[【（(]?\d{4}\s*[-/.年]\s*\d{1,2}|^\d{1,2}\s*[-/.月]\s*\d{1,2}\b|\d{1,2}[-/.月]\d{1,2}日?[）)\]】]?$/u;

/**
 * Other stories' headlines closing the page under a chrome line ('廣告 更多內容請繼續往下閱讀', then
 * '某某股價…', '某某狠嗆…', …): three or more short lines with no 。, no credit and no date (a list
 * page's items are dated), running to the page's end. They are links to other articles, never this one's text (found on set M).
 */
function markHeadlineTail(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  const tail: number[] = [];
  let i = lines.count - 1;
  for (; i >= 0; i--) {
    if (isBlankLine(lines, i)) continue;
    if (reasons[i] !== null) break;
    if (lines.last[i]! - lines.first[i]! > HEADLINE_TAIL_MAX_LENGTH) return;
    const text = trimmedText(i);
    if (text.includes('。') || hasBylineLabel(text) || CAPTION_OPENING.test(text)) return;
    if (DATED_ITEM.test(text)) return;
    tail.push(i);
  }
  if (i < 0 || tail.length < HEADLINE_TAIL_MIN_LINES) return;
  for (const line of tail) reasons[line] = 'navigation';
}

/**
 * A line's text without its leading and trailing whitespace, cut from the original string: the
 * same characters as its code points put back together, without building the string anew (which
 * was the largest part of marking a page's chrome).
 */
function trimmedTextOf(original: string, lines: TextLines): (line: number) => string {
  const offsets = utf16Offsets(original, lines.cps);
  if (!offsets) return (i) => original.slice(lines.first[i], lines.last[i]);
  return (i) => original.slice(offsets[lines.first[i]!], offsets[lines.last[i]!]);
}

function markWedgedLines(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  wedgeable: Uint8Array,
  trimmedText: (line: number) => string,
): void {
  let contentCount = 0;
  for (let i = 0; i < lines.count; i++) if (!isBlankLine(lines, i)) contentCount++;
  const content = new Uint32Array(contentCount);
  for (let i = 0, k = 0; i < lines.count; i++) if (!isBlankLine(lines, i)) content[k++] = i;
  let k = 0;
  while (k < content.length) {
    if (reasons[content[k]!] !== null) {
      k++;
      continue;
    }
    let runEnd = k;
    while (runEnd < content.length && reasons[content[runEnd]!] === null) runEnd++;
    const above = k > 0 ? reasons[content[k - 1]!] : null;
    const below = runEnd < content.length ? reasons[content[runEnd]!] : null;
    const run = content.subarray(k, runEnd);
    // A line right above the publication line ('本文共659字', '发布时间：…') is the headline it
    // describes, however much navigation stands above it.
    if (
      above &&
      below &&
      below !== 'metadata' &&
      !headlineUnderBar(above, run, trimmedText) &&
      run.length <= WEDGED_MAX_LINES &&
      run.every((i) => wedgeable[i] === 1)
    ) {
      const reason = isNavigation(above) && isNavigation(below) ? 'navigation' : 'footer';
      for (const i of run) reasons[i] = reason;
    }
    k = runEnd;
  }
}

/** Fewest Han characters of a headline (a menu item or a label has fewer). */
const HEADLINE_MIN_HAN = 8;

/**
 * One headline-long line right under the breadcrumb or the posting stamp is the page's headline,
 * whatever chrome follows it (a font switch, a share bar: set Y), not a line wedged in chrome.
 */
function headlineUnderBar(
  above: ChromeReason,
  run: Uint32Array,
  trimmedText: (line: number) => string,
): boolean {
  if (above !== 'breadcrumb' && above !== 'metadata') return false;
  if (run.length !== 1) return false;
  return (trimmedText(run[0]!).match(/\p{Script=Han}/gu) ?? []).length >= HEADLINE_MIN_HAN;
}

function isNavigation(reason: ChromeReason): boolean {
  return reason === 'navigation' || reason === 'breadcrumb';
}
