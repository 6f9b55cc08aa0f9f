import type { HintedChrome, PageHints } from '../../shared/pages/plan-page';
import { endsSentence } from '../../shared/segmentation/lineKinds';
import { codePointLength } from '../../shared/text/codepoints';
import { extractHtmlText } from './html';
import {
  MIN_PAGE_CHARS,
  type MainContent,
  findMainContent,
  parseDocument,
} from './html-main-content';
import { chooseHeadline, readHeadings } from './html-title';

/**
 * An HTML page as import stores it: its full visible text (./html, never cut: every span is an
 * offset into it), its <title>, and what the markup says about that text — which lines are the
 * main content (the rest is chrome, marked like the web chrome of plain pages) and which line is
 * the headline.
 */
export interface HtmlPage {
  text: string;
  title: string | null;
  hints: PageHints;
}

/**
 * Pages larger than this keep the plain-text treatment: a DOM of a multi-megabyte page costs
 * seconds and hundreds of megabytes, and no news article is that large (they run to 50–300 KB).
 */
export const MAX_DOM_HTML_LENGTH = 3_000_000;
/** Longest line between the headline and the content that is taken for a date/source bar. */
const HEAD_BAR_MAX_LENGTH = 60;
export const OUTSIDE_MAIN_CONTENT = 'outside main content';

export function readHtmlPage(html: string): HtmlPage {
  const { text, title } = extractHtmlText(html);
  if (text.length < MIN_PAGE_CHARS || html.length > MAX_DOM_HTML_LENGTH) {
    return { text, title, hints: {} };
  }
  const lines = text.split('\n');
  const document = parseDocument(html);
  const headings = readHeadings(document);
  const main = findMainContent(document, lines);
  const headline = chooseHeadline(lines, main, headings, title);
  return {
    text,
    title,
    hints: {
      chrome: main ? chromeAround(lines, main, headline.line) : [],
      title: headline.line === null ? null : lines[headline.line]!,
      titleIfNoneFound: headline.titleIfNoneFound,
    },
  };
}

/**
 * Every line outside the main content, and the short bars (date, source, font size, share)
 * between the headline and the content's first line. Inside the content, lines Readability left
 * out stay article text: it also drops short lists and tables a curator needs.
 */
function chromeAround(
  lines: readonly string[],
  main: MainContent,
  headlineLine: number | null,
): HintedChrome[] {
  const first =
    headlineLine !== null && headlineLine < main.firstLine ? headlineLine : main.firstLine;
  const chrome: HintedChrome[] = [];
  let start = 0;
  lines.forEach((line, index) => {
    const end = start + codePointLength(line);
    const outside = index < first || index > main.lastLine;
    const headBar =
      index > first &&
      index < main.firstLine &&
      !main.keptLines.has(index) &&
      line.length <= HEAD_BAR_MAX_LENGTH &&
      !endsSentence(line);
    if ((outside || headBar) && line.trim() !== '') {
      chrome.push({ start, end, reason: OUTSIDE_MAIN_CONTENT });
    }
    start = end + 1;
  });
  return chrome;
}
