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

/**
 * Everything import decides about one page's text, without changing it: the chrome lines, the
 * repeated paragraphs, and the articles (sets of ranges) the page splits into.
 */
export function planPage(text: string): PagePlan {
  const chrome = detectPageChrome(text);
  const repeats = detectRepeatedParagraphs(text);
  const segmented = segmentPage(text, { chrome });
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
