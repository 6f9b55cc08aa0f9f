import { isMenuLine } from '../../shared/text/chrome-rules';
import { matchKey, type PageDocument } from './html-main-content';

/**
 * Headings that lead a page's text block: an <h1>–<h3> whose next block with text (in its own
 * container, or its container's next sibling when the heading closes it) is prose, perhaps after a
 * short date or source bar. A profile page's '医院概况' is one even where Readability's content
 * starts below or above it, and the text rules would take the word for a menu item; a sidebar
 * heading over its link list, a related-links heading ('相关阅读') or a site logo is none.
 *
 * Read from the markup before Readability rewrites it; located in the page's lines by
 * `leadHeadingLines`.
 */
export interface LeadHeading {
  /** matchKey of the heading's text. */
  heading: string;
  /** matchKey of the text of the prose block it leads. */
  block: string;
  /** matchKey of the date or source bars between them, all in one. */
  bars: string;
}

interface DomElement {
  tagName: string;
  children: Iterable<DomElement>;
  textContent: string | null;
  parentElement: DomElement | null;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Shortest block, in characters without whitespace, taken for prose rather than a label. */
const PROSE_MIN_CHARS = 60;
/** Longest block between a heading and its prose that is taken for a date or source bar. */
const BAR_MAX_CHARS = 60;
/** How many bars may sit between a heading and its prose. */
const MAX_BARS = 2;
/** A block whose text is mostly links is a list of links (a menu, related news), not prose. */
const MAX_LINK_SHARE = 0.5;
/** Lines a heading may sit above its prose in the page's text (bars between). */
const MAX_LINES_TO_PROSE = MAX_BARS + 1;
/** Containers of menus, logos and site names: a heading in one is never the content's. */
const CHROME_CONTAINER = /logo|brand|site-?name|nav|menu/iu;
const LIST_OR_NAV = new Set(['NAV', 'UL', 'OL', 'LI', 'MENU']);

const keyOf = (element: DomElement): string => matchKey(element.textContent ?? '');

function isInChrome(element: DomElement): boolean {
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    if (LIST_OR_NAV.has(node.tagName.toUpperCase())) return true;
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (CHROME_CONTAINER.test(names)) return true;
  }
  return false;
}

/** A link to the site's home page: what a logo links to. */
const HOME_LINK = /^(?:\/|\.\/|(?:\/|\.\/)?index\.\w+|https?:\/\/[^/]+\/?)$/iu;

/**
 * A site's logo: a heading linking home as a whole, or sitting beside the logo image ('<div
 * class="header"><img …><h1>XX医院</h1></div>'), an element with no text of its own or named a
 * logo.
 */
function isLogo(heading: DomElement): boolean {
  const links = [...heading.querySelectorAll('a')];
  if (links.length === 1 && keyOf(links[0]!) === keyOf(heading)) {
    if (HOME_LINK.test((links[0]!.getAttribute('href') ?? '').trim())) return true;
  }
  const siblings = heading.parentElement ? [...heading.parentElement.children] : [];
  return siblings.some(
    (sibling) =>
      sibling !== heading &&
      (/logo/iu.test(
        `${sibling.getAttribute('class') ?? ''} ${sibling.getAttribute('id') ?? ''}`,
      ) ||
        (keyOf(sibling).length === 0 &&
          (sibling.tagName.toUpperCase() === 'IMG' ||
            [...sibling.querySelectorAll('img')].length > 0))),
  );
}

function linkShare(element: DomElement, chars: number): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += keyOf(link).length;
  return linked / chars;
}

/**
 * The next element with text after `heading`: its next sibling, or, when the heading is the last
 * element with text in its container ('<div class="title"><h2>…</h2></div>'), its container's.
 */
function nextWithText(element: DomElement): DomElement | null {
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (keyOf(next).length > 0) return next;
    }
    if (node.parentElement?.tagName.toUpperCase() === 'BODY') return null;
  }
  return null;
}

function ledBlock(heading: DomElement): { block: string; bars: string } | null {
  let block = nextWithText(heading);
  let bars = '';
  for (let count = 0; block; count++) {
    const key = keyOf(block);
    if (key.length >= PROSE_MIN_CHARS) {
      const isList = LIST_OR_NAV.has(block.tagName.toUpperCase());
      return isList || linkShare(block, key.length) > MAX_LINK_SHARE ? null : { block: key, bars };
    }
    // Menu words under a heading ('首页', '联系我们') make it a menu's heading, not the text's.
    const bar = (block.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (count >= MAX_BARS || key.length > BAR_MAX_CHARS || isMenuLine(bar)) return null;
    bars += key;
    block = nextWithText(block);
  }
  return null;
}

export function readLeadHeadings(document: PageDocument): LeadHeading[] {
  const headings = document.querySelectorAll('h1, h2, h3') as Iterable<DomElement>;
  const lead: LeadHeading[] = [];
  for (const element of headings) {
    const heading = keyOf(element);
    if (heading.length === 0 || isInChrome(element) || isLogo(element)) continue;
    const led = ledBlock(element);
    if (led) lead.push({ heading, ...led });
  }
  return lead;
}

/**
 * The lines of `pageLines` that are a lead heading: the heading's text, then its bars, then the
 * start of the prose it leads. Only those at or inside the main content (`firstLine`..`lastLine`)
 * or just above it count: a heading far from the content leads something else.
 */
export function leadHeadingLines(
  pageLines: readonly string[],
  lead: readonly LeadHeading[],
  firstLine: number,
  lastLine: number,
): Set<number> {
  const found = new Set<number>();
  if (lead.length === 0) return found;
  const byHeading = new Map<string, LeadHeading[]>();
  for (const entry of lead)
    byHeading.set(entry.heading, [...(byHeading.get(entry.heading) ?? []), entry]);
  const from = Math.max(0, firstLine - MAX_LINES_TO_PROSE);
  for (let i = from; i <= Math.min(lastLine, pageLines.length - 1); i++) {
    const entries = byHeading.get(matchKey(pageLines[i]!));
    if (entries && entries.some((entry) => leadsFrom(pageLines, i, entry))) found.add(i);
  }
  return found;
}

/** Whether the lines below line `at` are `entry`'s bars, then the start of its prose. */
function leadsFrom(pageLines: readonly string[], at: number, entry: LeadHeading): boolean {
  let between = '';
  const last = Math.min(at + MAX_LINES_TO_PROSE, pageLines.length - 1);
  for (let j = at + 1; j <= last; j++) {
    const key = matchKey(pageLines[j]!);
    if (key.length === 0) continue;
    if (between === entry.bars && entry.block.startsWith(key)) return true;
    between += key;
    if (!entry.bars.startsWith(between)) return false;
  }
  return false;
}
