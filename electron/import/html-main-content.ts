import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtmlText } from './html';
import { leanHtml } from './html-lean';

/**
 * Which lines of an HTML page's visible text are its main content, as chosen by Mozilla's
 * Readability (the reader view of Firefox) over linkedom's DOM: both pure JavaScript, so this runs
 * in import worker threads without a browser.
 *
 * Readability answers with markup, not positions. Its content is turned into lines by the same
 * scanner as the page (./html), and those lines are found again among the page's lines by their
 * text, in order. Matching whole blocks by text survives everything Readability rewrites (tags,
 * attributes, whitespace) and needs no offsets into markup that the stored text never had.
 */
export interface MainContent {
  /** Index of the first and last line (in the visible text's '\n'-separated lines) of the content. */
  firstLine: number;
  lastLine: number;
  /** Lines between first and last that Readability kept (the rest it judged clutter). */
  keptLines: ReadonlySet<number>;
}

/** Pages with less visible text than this are left to the plain-text rules: too little to judge. */
export const MIN_PAGE_CHARS = 200;
/** Readability gives up below this many characters of content; Chinese says much in few. */
const CONTENT_MIN_CHARS = 140;
/** Matched lines more than this many lines apart are separate clusters (a stray match in chrome). */
const CLUSTER_GAP = 12;
/** Share of Readability's content that must be found in the page before it is trusted. */
const MIN_MATCHED_SHARE = 0.6;

/** A line's text for matching: whitespace differs between the page and Readability's rewrite. */
export const matchKey = (line: string): string => line.replace(/\s+/gu, '');

/** The page as linkedom parses it. */
export type PageDocument = ReturnType<typeof parseHTML>['document'];

/**
 * The page parsed by linkedom, from its lean copy (./html-lean): what Readability and the headline
 * finder read, at a fraction of the cost. The caller reads its headings before Readability
 * changes it.
 */
export function parseDocument(html: string): PageDocument {
  return parseHTML(leanHtml(html)).document;
}

/**
 * The main content of `document` as lines of `pageLines`, or null when Readability finds none or
 * what it finds cannot be located in the page's text. Readability changes the document.
 */
export function findMainContent(
  document: PageDocument,
  pageLines: readonly string[],
): MainContent | null {
  let content: string | null | undefined;
  try {
    // linkedom implements the DOM Readability walks; the typings name the browser's Document.
    const readable = document as unknown as ConstructorParameters<typeof Readability>[0];
    content = new Readability(readable, { charThreshold: CONTENT_MIN_CHARS }).parse()?.content;
  } catch {
    // A page Readability cannot walk is imported as plain text would be: nothing is lost.
    return null;
  }
  if (!content) return null;
  const contentLines = extractHtmlText(content)
    .text.split('\n')
    .map(matchKey)
    .filter((key) => key.length > 0);
  const matches = matchInOrder(contentLines, pageLines);
  const cluster = largestCluster(matches, pageLines);
  const contentChars = contentLines.reduce((sum, key) => sum + key.length, 0);
  if (!cluster || cluster.chars < contentChars * MIN_MATCHED_SHARE) return null;
  return { firstLine: cluster.first, lastLine: cluster.last, keptLines: cluster.lines };
}

/**
 * For each content line in order, the next page line with the same text: a walk with one pointer,
 * so a page of n lines costs O(n log n) however many lines repeat. Unmatched lines are skipped.
 */
function matchInOrder(contentKeys: readonly string[], pageLines: readonly string[]): number[] {
  const where = new Map<string, number[]>();
  pageLines.forEach((line, index) => {
    const key = matchKey(line);
    if (!key) return;
    const list = where.get(key);
    if (list) list.push(index);
    else where.set(key, [index]);
  });
  const matches: number[] = [];
  let next = 0;
  for (const key of contentKeys) {
    const list = where.get(key);
    if (!list) continue;
    const at = firstAtOrAfter(list, next);
    if (at === -1) continue;
    matches.push(list[at]!);
    next = list[at]! + 1;
  }
  return matches;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? lo : -1;
}

interface Cluster {
  first: number;
  last: number;
  lines: Set<number>;
  chars: number;
}

/**
 * The run of matched lines with the most text, cut where matches are far apart: a short content
 * line ('（完）') that also appears in the header must not stretch the content over the menus.
 */
function largestCluster(matches: readonly number[], pageLines: readonly string[]): Cluster | null {
  let best: Cluster | null = null;
  let current: Cluster | null = null;
  for (const line of matches) {
    if (!current || line - current.last > CLUSTER_GAP) {
      current = { first: line, last: line, lines: new Set(), chars: 0 };
    }
    current.last = line;
    current.lines.add(line);
    current.chars += matchKey(pageLines[line]!).length;
    if (!best || current.chars > best.chars) best = current;
  }
  return best;
}
