/**
 * Splits one page (OCR'd newspaper page or web page) into articles, as whole-line ranges of the
 * original text.
 *
 * SIGNALS USED
 * - Kicker line: an institution name (five characters or more, ending in 院/中心/集团/委/局…)
 *   alone on a line, closed by a colon ('阜新市第二人民医院：', half-width ':' too). Starts an
 *   article; the short block after it (≤ 3 lines, none ending a sentence) is the title.
 * - Named headline: a standalone block of at most three short lines, none ending a sentence,
 *   with a slogan pair ('三院合一共发展 融合资源出成效') and a line opening with a place-named
 *   institution ('辽宁省大连市妇女儿童医疗中心（集团）创…'). Starts an article without a kicker.
 *   A slogan pair with no institution ('强化党建引领 凝聚发展共识') is a sub-section heading.
 * - Bylined headline: a headline block opening with a place-named institution, right above a
 *   byline with no blank line between ('洪湖市人民医院新院区开诊⏎□本报记者 …'). Starts an article
 *   without a kicker, as newspaper pages without kicker lines do; a picture caption stands apart.
 * - Section label '【…】': a sub-section or column label. Never starts an article; it goes with
 *   whatever follows it (normally the next kicker).
 * - Byline ('□本报记者 …', '特约记者', '通讯员'): reported; assigned like body text.
 * - Sponsor credits ('本专版由…主办', '图片由…提供'): close a page or section. They go to the
 *   article before them, and afterwards no article continues by position alone.
 * - Picture captions (short standalone lines): reported only; assigned like body text.
 * - Content: each article's institution name yields short forms (full name, without province or
 *   alias, city stem '阜新', alias '集团'); terms two articles share are dropped. A block's
 *   mentions are counted leftmost-longest across all articles.
 * - Sentence continuity: a block whose last line does not end a sentence is glued to the next
 *   body block (heading to paragraph, paragraph across an OCR blank line or a caption).
 *
 * CONFLICTS
 * - Anchors (kicker, named headline) always start or resume their own article; two anchors
 *   naming the same institution are one article.
 * - Otherwise position rules: a block belongs to the article being read ("current") — the last
 *   anchor's, or the one the previous block was moved to.
 * - Content overrides position only on strong evidence: a block (or a run of nearby blocks, at
 *   most two neutral blocks apart) names another article more often than the current one, at
 *   least twice in all or once by a name of four or more characters. Then the run moves to that
 *   article, which becomes the current one. This is how interleaved columns are put back
 *   (signal: 'lines 176–196 name 集团×2'). A block naming the current article ends such a run.
 * - Gluing yields to content: two blocks that strongly name different institutions stay apart.
 * - Text no rule claims (before the first signal, or after sponsor credits) joins the next
 *   article that is decided; at the very end, the one before.
 * - Chrome lines (every non-space character inside options.chrome) belong to no article and
 *   break ranges; a line only partly inside chrome stays article text.
 * - A page with no anchor is one article over all its non-chrome text.
 *
 * LIST PAGES
 * - A page of short dated or bulleted items (./listItems), or a digest of briefs each closed by
 *   its source (./digest-items), is one article per item; the text
 *   around the list is segmented by the rules above when it holds an article of its own (a
 *   kicker, or body text), and otherwise goes with the item beside it.
 */
import { CodePointIndex } from '../text/codepoints';
import { assignUnits } from './assign';
import { foldForMatching } from './institution-terms';
import { SHORT_LINE, endsSentence } from './line-kinds';
import { splitPageLines, type PageLine } from './lines';
import { withChromeDates } from './chrome-dates';
import { findDigestItems } from './digest-items';
import { findPageList, type PageList } from './list-items';
import { rangesByArticle } from './ranges';
import { fallbackTitle } from './title';
import type { SegmentOptions, SegmentedArticle } from './types';
import { buildUnits } from './units';

/** What an article is called and why it was cut, before its ranges are known. */
type ArticleHead = Omit<SegmentedArticle, 'ranges'>;

interface LineAssignment {
  heads: ArticleHead[];
  /** Article index per line (-1: none). */
  articleOfLine: Int32Array;
}

export function segmentPage(text: string, options: SegmentOptions = {}): SegmentedArticle[] {
  const lines = splitPageLines(text, options.chrome);
  const list = findPageList(lines) ?? listWithChromeDates(text, lines) ?? findDigestItems(lines);
  // Where the page's date/source bars start: a headline stands right above one (title.ts).
  const metadataStarts = new Set(
    (options.chrome ?? []).filter((r) => r.reason === 'metadata').map((r) => r.start),
  );
  const { heads, articleOfLine } = list
    ? assignListPage(lines, list, metadataStarts)
    : assignArticles(lines, metadataStarts);
  const ranges = rangesByArticle(lines, articleOfLine, heads.length);
  return heads
    .map((head, i) => ({ ranges: ranges[i]!, ...head }))
    .filter((article) => article.ranges.length > 0)
    .sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start);
}

/**
 * A list whose items' dates are chrome lines (./chrome-dates): found with those dates read as
 * markers, its items keep only their lines outside chrome, so the dates stay out of the articles.
 */
function listWithChromeDates(text: string, lines: readonly PageLine[]): PageList | null {
  const relaxed = withChromeDates(text, lines);
  const list = relaxed && findPageList(relaxed);
  if (!list) return null;
  return {
    ...list,
    items: list.items.map((item) => ({
      ...item,
      lines: item.lines.filter((line) => !lines[line.index]!.chrome),
    })),
  };
}

/** Kickers, headlines, bylines and content: the rules described at the top of this file. */
function assignArticles(
  lines: readonly PageLine[],
  metadataStarts: ReadonlySet<number>,
): LineAssignment {
  const units = buildUnits(lines);
  const { articles, articleOfUnit } = assignUnits(units, (unit) =>
    foldForMatching(unit.lines.map((l) => l.text).join('')),
  );
  const articleOfLine = new Int32Array(lines.length).fill(-1);
  if (articles.length === 0) {
    for (const line of lines) if (!line.blank && !line.chrome) articleOfLine[line.index] = 0;
    return {
      heads: [
        {
          title: fallbackTitle(lines, metadataStarts),
          kicker: null,
          signals: ['no article signals: one article'],
        },
      ],
      articleOfLine,
    };
  }
  units.forEach((unit, i) => {
    for (const line of unit.lines) articleOfLine[line.index] = articleOfUnit[i]!;
  });
  return {
    heads: articles.map((article) => ({
      title: article.anchors.find((a) => a.title !== null)?.title ?? null,
      kicker: article.anchors.find((a) => a.kicker !== null)?.kicker ?? null,
      signals: article.signals,
    })),
    articleOfLine,
  };
}

/**
 * A list page: one article per item (./listItems). The text around the list is segmented as any
 * page would be when it holds an article of its own (a kicker, or body text); otherwise it is the
 * list's header or footer ('医院动态', a breadcrumb) and goes with the item next to it.
 */
function assignListPage(
  lines: readonly PageLine[],
  list: PageList,
  metadataStarts: ReadonlySet<number>,
): LineAssignment {
  const itemOfLine = new Int32Array(lines.length).fill(-1);
  list.items.forEach((item, k) => {
    for (const line of item.lines) itemOfLine[line.index] = k;
  });
  // The rest of the page, with the items' lines set aside as chrome is: they break its ranges.
  const rest = lines.map((line) =>
    itemOfLine[line.index]! >= 0 ? { ...line, chrome: true, text: '' } : line,
  );
  const around = assignArticles(rest, metadataStarts);
  const ownArticle =
    around.heads.length > 1 || around.heads[0]!.kicker !== null || hasBodyText(rest);
  const heads: ArticleHead[] = ownArticle ? [...around.heads] : [];
  const articleOfLine = ownArticle ? around.articleOfLine : new Int32Array(lines.length).fill(-1);
  const first = heads.length;
  const count = list.items.length;
  list.items.forEach((item, k) => {
    heads.push({
      title: item.title,
      kicker: null,
      signals: [`list item ${k + 1} of ${count} (${list.kind} line ${item.markerLine.index + 1})`],
    });
  });
  for (const line of lines) {
    const item = itemOfLine[line.index]!;
    if (item >= 0) articleOfLine[line.index] = first + item;
  }
  if (!ownArticle) foldIntoNearestItem(lines, articleOfLine, first);
  return { heads, articleOfLine };
}

/** Some line outside the list is a sentence of body text. */
function hasBodyText(lines: readonly PageLine[]): boolean {
  return lines.some(
    (line) =>
      !line.blank &&
      !line.chrome &&
      line.text.trim().length > SHORT_LINE &&
      endsSentence(line.text),
  );
}

/** Lines no article holds go to the item before them; those above the first item, to it. */
function foldIntoNearestItem(
  lines: readonly PageLine[],
  articleOfLine: Int32Array,
  firstItem: number,
): void {
  let previous = -1;
  const pending: number[] = [];
  for (const line of lines) {
    if (line.blank || line.chrome) continue;
    const article = articleOfLine[line.index]!;
    if (article >= 0) {
      if (previous < 0) for (const i of pending) articleOfLine[i] = article;
      previous = article;
    } else if (previous >= 0) articleOfLine[line.index] = previous;
    else pending.push(line.index);
  }
  if (previous < 0) for (const i of pending) articleOfLine[i] = firstItem;
}

/** The text of each range of an article, for display and for checks that offsets slice right. */
export function articleTexts(text: string, article: SegmentedArticle): string[] {
  const index = new CodePointIndex(text);
  return article.ranges.map((r) => index.slice(r.start, r.end));
}
