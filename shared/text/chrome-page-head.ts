/**
 * Chrome found from where lines stand on the page, not from one line's words: the site's header
 * above the breadcrumb, and the page's <title> line above the headline it repeats.
 */
import type { ChromeReason } from './chrome-reason';
import { classifyChromeLine, hasBylineLabel } from './chrome-rules';
import { type TextLines, isBlankLine } from './lines';

/** The breadcrumb must stand in the page's first lines with text (a header is short). */
const BREADCRUMB_WITHIN_LINES = 60;
/** …and before this share of them: in the last lines, a 'you are here' line is a footer's. */
const BREADCRUMB_WITHIN_SHARE = 0.75;
/** Sentence ends a header line never has two of: that many make a paragraph of text. */
const PARAGRAPH_STOPS = /[。！？].*[。！？]/u;

/**
 * Everything above the breadcrumb is the site's header: a web page prints its logo, menus, channel
 * bars and notices, then 'you are here' ('当前位置：首页 > 新闻', '健康 > 某某動態'), then the
 * article (set Y: a portal's channel names, a spam banner and a page <title> above it were taken as
 * headlines). Only when nothing above it reads as the article's own (a credit, a paragraph of
 * sentences) and a sentence of text follows it.
 */
export function markHeaderAboveBreadcrumb(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  const withText: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!isBlankLine(lines, i)) withText.push(i);
  const limit = Math.min(
    BREADCRUMB_WITHIN_LINES,
    Math.floor(withText.length * BREADCRUMB_WITHIN_SHARE),
  );
  for (let k = 0; k < limit; k++) {
    const i = withText[k]!;
    const text = trimmedText(i);
    if ((hasBylineLabel(text) && !isBarOfLinks(text)) || PARAGRAPH_STOPS.test(text)) return;
    // A breadcrumb is its own line even where the joins read it as a wrapped sentence's piece.
    const reason = reasons[i] ?? classifyChromeLine({ text, standalone: true });
    if (reason !== 'breadcrumb') continue;
    if (k === 0 || !textFollows(withText.slice(k + 1), reasons, trimmedText)) return;
    reasons[i] = 'breadcrumb';
    for (const above of withText.slice(0, k)) reasons[above] ??= 'navigation';
    return;
  }
}

/**
 * A bar of links: five or more short items set apart by spaces, none with punctuation or digits.
 * One of them may hold a credit's word (a channel named 小记者风采) without the bar crediting anyone.
 */
function isBarOfLinks(text: string): boolean {
  const items = text.split(/[\s|｜]+/u).filter((item) => item.length > 0);
  return items.length >= 5 && items.every((item) => /^[\p{Script=Han}A-Za-z]{2,8}$/u.test(item));
}

function textFollows(
  after: readonly number[],
  reasons: readonly (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): boolean {
  return after.some((i) => reasons[i] === null && /[。！？]/u.test(trimmedText(i)));
}

/** Longest line of a site's header above a headline (a logo's words, a menu item). */
const HEADER_LINE_MAX = 40;
/** The headline over a posting stamp must stand among the page's first lines with text. */
const STAMPED_HEADLINE_WITHIN_LINES = 20;

/**
 * Everything above the menu that stands over the headline is the site's header, where the
 * headline is the line right over the page's posting stamp ('来源：…', '日期：…'): the site's logo
 * words ('某某服务中心') and its menu, then the headline and its stamp (set Y). A kicker stands right
 * over its headline with no menu between them, so it is kept; so is anything with a sentence or a
 * credit in it.
 */
export function markHeaderAboveStampedHeadline(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  const withText: number[] = [];
  for (let i = 0; i < lines.count && withText.length <= STAMPED_HEADLINE_WITHIN_LINES; i++)
    if (!isBlankLine(lines, i)) withText.push(i);
  for (let k = 2; k + 1 < withText.length; k++) {
    const headline = withText[k]!;
    if (reasons[headline] !== null || reasons[withText[k + 1]!] !== 'metadata') continue;
    const menu = reasons[withText[k - 1]!];
    if (menu !== 'navigation' && menu !== 'breadcrumb') return;
    const above = withText.slice(0, k - 1);
    const header = above.every((i) => {
      const text = trimmedText(i);
      return (
        reasons[i] !== null ||
        (text.length <= HEADER_LINE_MAX && !/[。！？]/u.test(text) && !hasBylineLabel(text))
      );
    });
    if (header) for (const i of above) reasons[i] ??= 'navigation';
    return;
  }
}

/** The page's <title>: the headline, a separator and the site's name ('某院举行义诊-某某网'). */
const SUFFIXED_TITLE = /^(.{6,80}?)\s*[-_|｜–—]\s*[^-_|｜–—\s]{2,16}$/u;
/**
 * The same with the site's name and address after a space instead of a separator ('某院举行义诊
 * 某某网www.example.com.cn', '某院举行义诊 某某網'): the suffix is one word, an address or a name
 * ending in 网.
 */
const SITE_SUFFIXED_TITLE =
  /^(.{6,80}?)\s+(?:\S{0,16}?(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|hk|tw|mo)\S*|\S{1,14}[网網])$/iu;
/** Only among the page's first lines with text, where the <title> is printed. */
const TITLE_WITHIN_LINES = 20;

/**
 * A line that is another line of the page plus a site's name after a separator (or its name and
 * address after a space) is the page's <title>, not its headline: the bare headline stands lower down (set Y, a news agency's page).
 */
export function markSuffixedPageTitle(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  const candidates: { line: number; head: string }[] = [];
  for (let i = 0, seen = 0; i < lines.count && seen < TITLE_WITHIN_LINES; i++) {
    if (isBlankLine(lines, i)) continue;
    seen++;
    if (reasons[i] !== null) continue;
    const text = trimmedText(i);
    const m = SUFFIXED_TITLE.exec(text) ?? SITE_SUFFIXED_TITLE.exec(text);
    if (m) candidates.push({ line: i, head: m[1]!.trim() });
  }
  if (candidates.length === 0) return;
  const wanted = new Set(candidates.map((c) => c.head));
  const found = new Set<string>();
  for (let i = 0; i < lines.count; i++) {
    if (isBlankLine(lines, i) || lines.last[i]! - lines.first[i]! > 80) continue;
    const text = trimmedText(i);
    if (wanted.has(text)) found.add(text);
  }
  for (const c of candidates) if (found.has(c.head)) reasons[c.line] = 'navigation';
}
