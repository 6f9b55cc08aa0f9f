import { endsSentence } from '../../shared/segmentation/line-kinds';
import { isFitTitle } from '../../shared/segmentation/title-fitness';
import { isMenuLine } from '../../shared/text/chrome-rules';
import { type MainContent, type PageDocument, matchKey } from './html-main-content';

/**
 * The headline of an HTML page. In order: an <h1> the <title> repeats, the line that is the
 * og:title, an <h1> in or just above the main content, an <h2> there, the line that repeats the
 * <title>'s article part, the nearest headline-like line above the content; and when the text
 * holds none of them, the <title>'s article part as written there. Never a chrome line, a
 * caption, a breadcrumb, a 来源/点击量 line or a login bar (shared/segmentation/title-fitness),
 * never the site's logo.
 */
export interface HtmlHeadline {
  /** Index of the headline's line in the visible text, when the text holds it. */
  line: number | null;
  /** The <title>'s article part, for a page whose text shows no headline. */
  titleIfNoneFound: string | null;
}

/** How many lines above the content the headline may sit (date, source and font-size bars between). */
const LINES_ABOVE_CONTENT = 8;

/**
 * Separators between a <title>'s article part and the site's name: '标题 - XX医院', '标题_XX网',
 * '标题|XX', 'XX医院--新闻动态--标题'. A single '-' only with spaces around it: '2024-03-05' and
 * 'COVID-19' are not separators.
 */
const TITLE_SEPARATORS = /\s+[-–—|｜·]+\s+|\s*(?:_+|[|｜]+|-{2,}|—{1,2}|::)\s*/u;

export interface PageHeadings {
  h1: string[];
  h2: string[];
  /** The Open Graph title (<meta property="og:title">): the article's title for link previews. */
  og?: string[];
}

/** The page's <h1> and <h2> texts, read before Readability rewrites the document. */
export function readHeadings(document: PageDocument): PageHeadings {
  const texts = (selector: string): string[] =>
    Array.from(
      document.querySelectorAll(selector) as Iterable<{ textContent: string | null }>,
      (element) => element.textContent ?? '',
    )
      .map((text) => text.replace(/\s+/gu, ' ').trim())
      .filter((text) => text.length > 0);
  const og = Array.from(
    document.querySelectorAll('meta[property="og:title"]') as Iterable<{
      getAttribute(name: string): string | null;
    }>,
    (meta) => (meta.getAttribute('content') ?? '').replace(/\s+/gu, ' ').trim(),
  ).filter((text) => text.length > 0);
  return { h1: texts('h1'), h2: texts('h2'), og };
}

/**
 * How a site or section names itself in a <title>: an institution ('青溪县人民医院', '云岭市卫生
 * 健康委员会'), a site ('…网', '…官网', '…門戶網站') or a section ('新闻中心', '最新消息').
 */
const SITE_NAME =
  /(医院|醫院|委员会|委員會|卫健委|衛福部|卫生局|衛生局|健康局|政府|官网|官網|网站|網站|门户|門戶|网|網|集团|集團|大学|大學|学院|學院|诊所|診所|公司|频道|頻道|中心|动态|動態|新闻|新聞|消息|公告)$/u;

/** Longest <title> part that is taken for a site's name when it ends like one. */
const MAX_SITE_NAME_LENGTH = 12;

/**
 * The <title> split into its parts: the article's is the longest part that does not look like a
 * site or section name (or the longest part when all do); the others name the site.
 */
export function splitDocumentTitle(title: string | null): {
  article: string | null;
  site: string[];
} {
  const parts = (title ?? '')
    .split(TITLE_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return { article: null, site: [] };
  const longest = (list: string[]): string =>
    list.reduce((best, part) => (part.length > best.length ? part : best));
  const unlikeSite = parts.filter((part) => !SITE_NAME.test(part));
  // When every part looks like a name, a long one is still a headline ('我院胸痛中心通过省级
  // 认证'); a short one is the site's own name, which titles every page of the site.
  const candidate = longest(unlikeSite.length > 0 ? unlikeSite : parts);
  const article =
    unlikeSite.length > 0 || candidate.length > MAX_SITE_NAME_LENGTH ? candidate : null;
  return { article, site: parts.filter((part) => part !== article) };
}

/** At least four hanzi in a row: a headline, not a date bar ('2026年4月8日 星期三') or a button. */
const HEADLINE_WORDS = /[\u4e00-\u9fff]{4}/u;
/**
 * Shortest headline taken from the weak cues (an <h2>, a line above the content): menu items and
 * sidebar headings ('就诊须知', '办事服务') are short; news headlines rarely are.
 */
const WEAK_CUE_MIN_LENGTH = 8;
const SHORT_LINE = 40;

/**
 * The nearest headline-like line above the content, for pages whose markup names no headline
 * (old table layouts put it in a <td> in bold): short, with words, not ending a sentence, and not
 * a line that is never a headline, nor the site's own name as its <title> writes it (a banner
 * '某市卫生健康委员会' over a list of items, titled '基层动态 - 某市卫生健康委员会').
 */
function headlineLineAbove(
  pageLines: readonly string[],
  firstLine: number,
  from: number,
  siteKeys: ReadonlySet<string>,
): number | null {
  // One menu word alone right on top of the text, not the last item of a menu, is the heading of
  // a profile page ('医院概况').
  const onTop = firstLine > 0 ? pageLines[firstLine - 1]!.trim() : '';
  const aboveIt = firstLine > 1 ? pageLines[firstLine - 2]!.trim() : '';
  if (/^\S+$/u.test(onTop) && isMenuLine(onTop) && !isMenuLine(aboveIt)) return firstLine - 1;
  for (let i = firstLine - 1; i >= from; i--) {
    const line = pageLines[i]!;
    if (line.length > SHORT_LINE || line.length < WEAK_CUE_MIN_LENGTH) continue;
    if (!HEADLINE_WORDS.test(line) || endsSentence(line)) continue;
    if (siteKeys.has(matchKey(line))) continue;
    if (isFitTitle(line)) return i;
  }
  return null;
}

/**
 * The first heading that leads the content's prose (an <h3> '本院简介', any word), above the
 * content or inside it before its first sentence: a subheading further down is not the page's.
 */
function leadLineOnTop(
  pageLines: readonly string[],
  firstLine: number,
  from: number,
  leadLines: ReadonlySet<number>,
): number | null {
  for (let i = from; i < pageLines.length; i++) {
    if (leadLines.has(i)) return i;
    if (i >= firstLine && endsSentence(pageLines[i]!)) return null;
  }
  return null;
}

export function chooseHeadline(
  pageLines: readonly string[],
  main: MainContent | null,
  headings: PageHeadings,
  documentTitle: string | null,
  leadLines: ReadonlySet<number> = new Set(),
): HtmlHeadline {
  const { article, site } = splitDocumentTitle(documentTitle);
  const siteKeys = new Set(site.map(matchKey));
  const from = main ? Math.max(0, main.firstLine - LINES_ABOVE_CONTENT) : 0;
  const to = main ? main.lastLine : pageLines.length - 1;
  const anchor = main ? main.firstLine : 0;

  // A heading right on top of the text may be a menu word: a profile page is titled '医院概况'.
  // So may a heading that leads the content's prose, though a bar sits between them.
  const fits = (line: string, i: number): boolean =>
    isFitTitle(line) ||
    leadLines.has(i) ||
    (main !== null && i === main.firstLine - 1 && isMenuLine(line.trim()));
  const lineOf = (texts: readonly string[]): number | null => {
    const keys = new Set(texts.map(matchKey).filter((key) => key.length > 0 && !siteKeys.has(key)));
    let above: number | null = null;
    for (let i = from; i <= to; i++) {
      const line = pageLines[i]!;
      if (!keys.has(matchKey(line)) || !fits(line, i)) continue;
      // Inside the content the first one is the headline; above it, the nearest one.
      if (i >= anchor) return above ?? i;
      above = i;
    }
    return above;
  };

  const fitArticle = article && isFitTitle(article) ? article : null;
  // An <h1> the <title> repeats is the article's own; a lone <h1> may be the site's logo.
  const titledH1 = headings.h1.filter((h1) => documentTitle?.includes(h1));
  const line =
    lineOf(titledH1) ??
    lineOf(headings.og ?? []) ??
    lineOf(headings.h1) ??
    lineOf(headings.h2.filter((h2) => h2.length >= WEAK_CUE_MIN_LENGTH || isMenuLine(h2))) ??
    (fitArticle ? lineOf([fitArticle]) : null) ??
    (main ? leadLineOnTop(pageLines, main.firstLine, from, leadLines) : null) ??
    (main ? headlineLineAbove(pageLines, main.firstLine, from, siteKeys) : null);
  return { line, titleIfNoneFound: line === null ? fitArticle : null };
}
