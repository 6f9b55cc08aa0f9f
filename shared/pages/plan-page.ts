import { segmentPage } from '../segmentation';
import { detectPageChrome, detectRepeatedParagraphs } from '../text';
import { CodePointIndex, codePointLength, type CodePointRange } from '../text/codepoints';

export interface ArticlePlan {
  title: string | null;
  kicker: string | null;
  ranges: CodePointRange[];
  /** Why the page was cut here, for the curator ('kicker line 12', …). */
  signals: string[];
}

export type PageMark =
  | { kind: 'chrome'; start: number; end: number; reason: string }
  | {
      kind: 'repeat';
      start: number;
      end: number;
      reason: string;
      first: CodePointRange;
      similarity: number;
    };

/**
 * Most ranges one article is planned with. The search index keeps an article's ranges in one
 * block of 4096 row ids, the last for its title, and refuses more (electron/database/migrations/
 * 0006-search.ts); the trigger that enforces it counts the article's ranges on every insert, so an
 * article of 4,095 ranges cost 8 million row visits to store. A page whose text is cut by chrome
 * every few lines (menu words between one-line paragraphs) failed to import at all. Ordinary
 * articles have a few dozen ranges.
 */
export const MAX_ARTICLE_RANGES = 1000;

/**
 * Longest range planned, in code points; a longer one is cut at its last line break within the
 * limit (anywhere, on a page that is one line). The search index takes a range as one row, and
 * SQLite's full-text index holds all of a row's distinct trigrams in memory at once: one range of
 * 20 MB of random text took gigabytes. No ordinary article has a range near this long.
 */
export const MAX_RANGE_LENGTH = 100_000;

/** Most marks of each kind (chrome, repeat) stored for one page; ordinary pages have dozens. */
export const MAX_MARKS_PER_KIND = 10_000;

export interface PagePlan {
  articles: ArticlePlan[];
  marks: PageMark[];
}

/** A chrome line found from the page's source rather than its text: whole lines, code points. */
export interface HintedChrome extends CodePointRange {
  reason: string;
}

/**
 * What a page's source format knows beyond its text. An HTML page's markup says which lines are
 * its main content and which its headline (electron/import/html-page.ts); plain text has none.
 */
export interface PageHints {
  /** Lines outside the main content: marked and left out of articles like detected chrome. */
  chrome?: readonly HintedChrome[];
  /** The headline the markup gives (an <h1> above the content): the page's article takes it. */
  title?: string | null;
  /** A headline to use only when the text gives none (a <title> not found in the text). */
  titleIfNoneFound?: string | null;
}

/**
 * Everything import decides about one page's text, without changing it: the chrome lines, the
 * repeated paragraphs, and the articles (sets of ranges) the page splits into.
 */
export function planPage(text: string, hints: PageHints = {}): PagePlan {
  const chrome = withHintedChrome(detectPageChrome(text), hints.chrome ?? []);
  const repeats = detectRepeatedParagraphs(text);
  const segmented = giveHintedTitle(text, segmentPage(text, { chrome }), hints);
  const index = new CodePointIndex(text);
  const articles: ArticlePlan[] = segmented.flatMap((a) =>
    inPiecesOfAtMostMaxRanges({
      title: a.title,
      kicker: a.kicker,
      ranges: a.ranges.flatMap((range) => cutLongRange(index, range)),
      signals: a.signals,
    }),
  );
  // A page that is all chrome (or blank) still becomes one article, so nothing imported is hidden.
  if (articles.length === 0) {
    articles.push({
      title: null,
      kicker: null,
      ranges: [{ start: 0, end: codePointLength(text) }],
      signals: ['no article text found'],
    });
  }
  const chromeMarks = chrome.map((c): PageMark => ({
    kind: 'chrome',
    start: c.start,
    end: c.end,
    reason: c.reason,
  }));
  const repeatMarks = repeats.map((r): PageMark => ({
    kind: 'repeat',
    start: r.repeat.start,
    end: r.repeat.end,
    reason: r.similarity === 1 ? 'exact repeat' : 'near repeat',
    first: r.first,
    similarity: r.similarity,
  }));
  const marks = firstMarks(chromeMarks, 'chrome lines', articles[0]!).concat(
    firstMarks(repeatMarks, 'repeated paragraphs', articles[0]!),
  );
  return { articles, marks };
}

/**
 * Detected chrome and hinted chrome as one sorted list; a line both found keeps the detected
 * reason, which says more ('breadcrumb') than the hint ('outside main content').
 */
function withHintedChrome(
  detected: readonly HintedChrome[],
  hinted: readonly HintedChrome[],
): HintedChrome[] {
  if (hinted.length === 0) return [...detected];
  const detectedStarts = new Set(detected.map((range) => range.start));
  return detected
    .concat(hinted.filter((range) => !detectedStarts.has(range.start)))
    .sort((a, b) => a.start - b.start);
}

/**
 * The markup's headline goes to the article that holds it (the first line where it is written
 * outside chrome), or to a page's only article; a <title> fallback only fills a missing title.
 */
function giveHintedTitle<A extends { title: string | null; ranges: CodePointRange[] }>(
  text: string,
  articles: A[],
  hints: PageHints,
): A[] {
  const title = hints.title?.trim();
  if (title) {
    const at = codePointOffsetOfLine(text, title);
    const holder =
      (at === null
        ? undefined
        : articles.find((a) => a.ranges.some((r) => r.start <= at && at < r.end))) ??
      (articles.length === 1 ? articles[0] : undefined);
    if (holder) holder.title = title;
  }
  const fallback = hints.titleIfNoneFound?.trim();
  if (fallback && articles.length === 1 && !articles[0]!.title) articles[0]!.title = fallback;
  return articles;
}

/** Code-point offset of the first line of `text` that is exactly `line` (trimmed), or null. */
function codePointOffsetOfLine(text: string, line: string): number | null {
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf(line, from);
    if (at === -1) return null;
    const end = at + line.length;
    const startsLine = at === 0 || text[at - 1] === '\n';
    const endsLine = end === text.length || text[end] === '\n' || text[end] === '\r';
    if (startsLine && endsLine) return codePointLength(text.slice(0, at));
    from = at + 1;
  }
  return null;
}

/**
 * The first MAX_MARKS_PER_KIND marks, saying on `article` (the page's first) how many more were
 * found and not stored. A page of millions of menu-word lines would otherwise store a row per
 * line, most of an import's time and writes, to dim lines that are outside every article anyway.
 */
function firstMarks(marks: PageMark[], what: string, article: ArticlePlan): PageMark[] {
  if (marks.length <= MAX_MARKS_PER_KIND) return marks;
  article.signals.push(
    `${marks.length.toLocaleString('en')} ${what} found; only the first ${MAX_MARKS_PER_KIND.toLocaleString('en')} are marked`,
  );
  return marks.slice(0, MAX_MARKS_PER_KIND);
}

/** `range` in pieces of at most MAX_RANGE_LENGTH code points, cut after whole lines if it can. */
function cutLongRange(index: CodePointIndex, range: CodePointRange): CodePointRange[] {
  if (range.end - range.start <= MAX_RANGE_LENGTH) return [range];
  const pieces: CodePointRange[] = [];
  let from = range.start;
  while (range.end - from > MAX_RANGE_LENGTH) {
    const limit = from + MAX_RANGE_LENGTH;
    const lineBreak = index.text.lastIndexOf('\n', index.toUtf16(limit));
    const breakAt = lineBreak > index.toUtf16(from) ? index.toCodePoint(lineBreak) : -1;
    if (breakAt > from) {
      // The piece ends before the line break (CRLF or LF), the next starts after it.
      const crlf = index.text.charCodeAt(lineBreak - 1) === 0x0d && breakAt - 1 > from;
      pieces.push({ start: from, end: crlf ? breakAt - 1 : breakAt });
      from = breakAt + 1;
    } else {
      pieces.push({ start: from, end: limit });
      from = limit;
    }
  }
  if (range.end > from) pieces.push({ start: from, end: range.end });
  return pieces;
}

/**
 * An article with more than MAX_ARTICLE_RANGES ranges, as consecutive articles of at most that
 * many; each later one says what it continues, so the curator can merge them back by hand.
 */
function inPiecesOfAtMostMaxRanges(article: ArticlePlan): ArticlePlan[] {
  if (article.ranges.length <= MAX_ARTICLE_RANGES) return [article];
  const pieces: ArticlePlan[] = [];
  for (let start = 0; start < article.ranges.length; start += MAX_ARTICLE_RANGES) {
    const ranges = article.ranges.slice(start, start + MAX_ARTICLE_RANGES);
    pieces.push(
      start === 0
        ? { ...article, ranges }
        : {
            title: null,
            kicker: null,
            ranges,
            signals: [
              `continues ${article.title ?? 'the article before'}: one article holds at most ${MAX_ARTICLE_RANGES} pieces of text`,
            ],
          },
    );
  }
  return pieces;
}

/** The plan of a document that is one article as a whole (rows of a table, or no segmentation). */
export function wholeDocumentPlan(text: string, title: string | null = null): PagePlan {
  return {
    articles: [
      { title, kicker: null, ranges: [{ start: 0, end: codePointLength(text) }], signals: [] },
    ],
    marks: [],
  };
}
