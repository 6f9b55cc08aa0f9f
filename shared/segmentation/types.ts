import type { CodePointRange } from '../text/codepoints';

/** One article found on a page, described by the lines of the original text it owns. */
export interface SegmentedArticle {
  /** Code-point ranges of the ORIGINAL page text: sorted, non-overlapping, whole lines. */
  ranges: CodePointRange[];
  /** The headline as it appears (line breaks joined with a space), if the page gives one. */
  title: string | null;
  /** The institution named by a kicker line such as '阜新市第二人民医院：', without the colon. */
  kicker: string | null;
  /** Short human-readable reasons ('kicker line 12', 'byline line 40', ...) for the curator. */
  signals: string[];
}

export interface SegmentOptions {
  /** Code-point ranges of navigation/footer text; lines fully inside them belong to no article. */
  chrome?: (CodePointRange & { reason?: string })[];
}
