import { segmentPage } from '../segmentation';
import { detectPageChrome, detectRepeatedParagraphs } from '../text';
import { codePointLength, type CodePointRange } from '../text/codepoints';

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
  const articles: ArticlePlan[] = segmented.map((a) => ({
    title: a.title,
    kicker: a.kicker,
    ranges: a.ranges,
    signals: a.signals,
  }));
  // A page that is all chrome (or blank) still becomes one article, so nothing imported is hidden.
  if (articles.length === 0) {
    articles.push({
      title: null,
      kicker: null,
      ranges: [{ start: 0, end: codePointLength(text) }],
      signals: ['no article text found'],
    });
  }
  const marks: PageMark[] = [
    ...chrome.map((c): PageMark => ({
      kind: 'chrome',
      start: c.start,
      end: c.end,
      reason: c.reason,
    })),
    ...repeats.map((r): PageMark => ({
      kind: 'repeat',
      start: r.repeat.start,
      end: r.repeat.end,
      reason: r.similarity === 1 ? 'exact repeat' : 'near repeat',
      first: r.first,
      similarity: r.similarity,
    })),
  ];
  return { articles, marks };
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
