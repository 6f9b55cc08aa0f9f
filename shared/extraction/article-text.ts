/**
 * The text extractors read: the reading view of an article's ranges, joined with "\n\n", with a
 * map from every view range back to exact code-point spans of the original document. This map is
 * what makes provenance trustworthy, so it lives here alone and nothing else does offset maths.
 */
import { CodePointIndex, codePointLength, type CodePointRange } from '../text/codepoints';
import { buildReadingView, type ReadingView } from '../text';
import { isRegExpSpace } from '../text/char-classes';
import { hasPinyinGlosses, withoutPinyinGlosses } from './pinyin-glosses';
import { isTraditional, simplifiedView } from './simplified-view';
import type { SourceSpan } from './source-span';

const JOINER = '\n\n';

interface Segment {
  /** Where this range's view starts and ends in the joined view, in code points. */
  viewStart: number;
  viewEnd: number;
  /** Where the range starts in the document, in code points. */
  documentStart: number;
  view: ReadingView;
}

export class ArticleText {
  /**
   * The joined reading view the extractors search, in simplified characters (see
   * simplified-view.ts): the same length as `written`, offset for offset.
   */
  readonly text: string;
  /** The joined reading view as written (traditional characters stay traditional). */
  readonly written: string;
  /** Whether the article is in traditional characters, so that `text` differs from `written`. */
  readonly traditional: boolean;
  /** Code-point index of `text`, to turn regex (UTF-16) matches into view code points. */
  readonly index: CodePointIndex;
  private readonly document: CodePointIndex;
  private readonly segments: Segment[];

  constructor(documentText: string | CodePointIndex, ranges: readonly CodePointRange[]) {
    this.document =
      typeof documentText === 'string' ? new CodePointIndex(documentText) : documentText;
    const parts: string[] = [];
    this.segments = [];
    let viewStart = 0;
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    for (const range of sorted) {
      if (range.end <= range.start) continue;
      const reading = buildReadingView(this.document.slice(range.start, range.end));
      const view = hasPinyinGlosses(reading.text) ? withoutPinyinGlosses(reading) : reading;
      if (view.text.length === 0) continue;
      if (parts.length > 0) {
        parts.push(JOINER);
        viewStart += JOINER.length;
      }
      const length = codePointLength(view.text);
      parts.push(view.text);
      this.segments.push({
        viewStart,
        viewEnd: viewStart + length,
        documentStart: range.start,
        view,
      });
      viewStart += length;
    }
    this.written = parts.join('');
    this.traditional = isTraditional(this.written);
    this.text = this.traditional ? simplifiedView(this.written) : this.written;
    this.index = new CodePointIndex(this.text);
  }

  /**
   * The document span of view code points `[start, end)`, or null when the range is empty or
   * crosses from one article range into another (the text between them belongs to other articles,
   * so no honest single span exists). Leading and trailing whitespace of the range is dropped.
   */
  toSource(start: number, end: number): SourceSpan | null {
    while (start < end && this.isSpaceAt(start)) start++;
    while (end > start && this.isSpaceAt(end - 1)) end--;
    if (end <= start) return null;
    const segment = this.segmentAt(start);
    if (!segment || end > segment.viewEnd) return null;
    const local = segment.view.rangeToOriginal({
      start: start - segment.viewStart,
      end: end - segment.viewStart,
    });
    const spanStart = segment.documentStart + local.start;
    const spanEnd = segment.documentStart + local.end;
    return { start: spanStart, end: spanEnd, text: this.document.slice(spanStart, spanEnd) };
  }

  /** Whether view code point `at` is whitespace (what /\s/u matches; no astral one is). */
  private isSpaceAt(at: number): boolean {
    return isRegExpSpace(this.text.charCodeAt(this.index.toUtf16(at)));
  }

  /** The segment whose view holds view code point `at` (binary search: pages have thousands). */
  private segmentAt(at: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const segment = this.segments[mid]!;
      if (at < segment.viewStart) hi = mid - 1;
      else if (at >= segment.viewEnd) lo = mid + 1;
      else return segment;
    }
    return undefined;
  }

  /** A line of the article (its headline, its kicker) in the script the rules match on. */
  toMatchable(line: string): string {
    return this.traditional ? simplifiedView(line) : line;
  }

  /** The view text at UTF-16 offsets `[start, end)` as written (names keep their characters). */
  writtenAt(start: number, end: number): string {
    return this.written.slice(start, end);
  }

  /** Like toSource, for UTF-16 offsets of `text` (as regular expressions report them). */
  toSourceUtf16(start: number, end: number): SourceSpan | null {
    return this.toSource(this.index.toCodePoint(start), this.index.toCodePoint(end));
  }
}
