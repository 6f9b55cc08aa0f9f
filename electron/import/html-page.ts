import type { HintedChrome, PageHints } from '../../shared/pages/plan-page';
import { endsSentence } from '../../shared/segmentation/line-kinds';
import { classifyChromeLine, hasBylineLabel } from '../../shared/text/chrome-rules';
import { codePointLength } from '../../shared/text/codepoints';
import { extractHtmlText } from './html';
import {
  MIN_PAGE_CHARS,
  type MainContent,
  findMainContent,
  parseDocument,
} from './html-main-content';
import { leadHeadingLines, readLeadHeadings } from './html-lead-headings';
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
/** How far below the content a writer's credit is still taken for the article's. */
const CREDIT_LINES_BELOW = 3;
export const OUTSIDE_MAIN_CONTENT = 'outside main content';

export function readHtmlPage(html: string): HtmlPage {
  const { text, title } = extractHtmlText(html);
  if (text.length < MIN_PAGE_CHARS || html.length > MAX_DOM_HTML_LENGTH) {
    const chrome = chromeLines(text.split('\n'), null, null);
    return { text, title, hints: chrome.length > 0 ? { chrome } : {} };
  }
  const lines = text.split('\n');
  const document = parseDocument(html);
  const headings = readHeadings(document);
  const lead = readLeadHeadings(document);
  const main = findMainContent(document, lines);
  const leadLines = main
    ? leadHeadingLines(lines, lead, main.firstLine, main.lastLine)
    : new Set<number>();
  const headline = chooseHeadline(lines, main, headings, title, leadLines);
  return {
    text,
    title,
    hints: {
      chrome: chromeLines(lines, main, headline.line, leadLines),
      title: headline.line === null ? null : lines[headline.line]!,
      titleIfNoneFound: headline.titleIfNoneFound,
    },
  };
}

/**
 * The page's chrome lines: every line the chrome rules recognise (menus, breadcrumbs, 来源/点击量
 * bars, 【打印此页】【关闭窗口】, login bars, footers), with their reason; every other line outside
 * the main content; and the short bars between the headline and the content's first line, unless
 * they credit a writer or reporter ('2026/01/15 記者X／台北報導': the reporters are values). Inside
 * the content, other lines Readability left out stay article text: it also drops short lists and
 * tables a curator needs. A heading that leads the content's prose (./html-lead-headings: a
 * profile page's '医院概况', though the rules take the word for a menu item) is never chrome.
 *
 * The rules see every line as standalone: a line of an HTML page's text is a block of the page,
 * never a piece of a sentence wrapped by a narrow column, as the lines of OCR'd text can be.
 */
function chromeLines(
  lines: readonly string[],
  main: MainContent | null,
  headlineLine: number | null,
  leadLines: ReadonlySet<number> = new Set(),
): HintedChrome[] {
  const first =
    main && headlineLine !== null && headlineLine < main.firstLine ? headlineLine : main?.firstLine;
  const chrome: HintedChrome[] = [];
  let start = 0;
  lines.forEach((line, index) => {
    const end = start + codePointLength(line);
    const reason =
      index === headlineLine || leadLines.has(index)
        ? null
        : (classifyChromeLine({ text: line, standalone: true }) ??
          (main && isAround(line, index, main, first!) ? OUTSIDE_MAIN_CONTENT : null));
    if (reason && line.trim() !== '') chrome.push({ start, end, reason });
    start = end + 1;
  });
  return chrome;
}

/**
 * Outside the content, or a short bar between the headline (`first`) and the content. A credit
 * just below the content ('（通讯员 李明 张华）' in a box of its own) is the article's.
 */
function isAround(line: string, index: number, main: MainContent, first: number): boolean {
  if (index > main.lastLine && index <= main.lastLine + CREDIT_LINES_BELOW) {
    return line.length > HEAD_BAR_MAX_LENGTH || !hasBylineLabel(line);
  }
  if (index < first || index > main.lastLine) return true;
  return (
    index > first &&
    index < main.firstLine &&
    !main.keptLines.has(index) &&
    line.length <= HEAD_BAR_MAX_LENGTH &&
    !endsSentence(line) &&
    !hasBylineLabel(line)
  );
}
