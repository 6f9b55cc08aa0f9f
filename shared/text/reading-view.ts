/**
 * The reading view: a cleaned copy of a document's text for reading and extraction, with an exact
 * offset map back to the original (DESIGN.md, "Text and offsets": the original is never rewritten).
 *
 * What the view changes, and nothing else:
 * - removes line breaks that wrap a CJK sentence (see line-joins.ts for the rules);
 * - removes spaces between CJK characters when they letter-space the text (数 字 化 → 数字化) or
 *   touch CJK punctuation (手术室 、重症 → 手术室、重症); a space between two multi-character
 *   CJK words (□本报记者 邹欣芮) separates them on purpose and is kept unless `cjkSpaces: 'all'`;
 *   runs of three or more spaces are column gaps in laid-out lines and are always kept;
 * - turns every kept line break (LF, CR, CRLF) into "\n", every paragraph break (line breaks
 *   with blank or whitespace-only lines between) into exactly "\n\n", and drops blank lines at the
 *   start and end of the text;
 * - drops whitespace at line ends (leading indentation is kept: it marks paragraph starts);
 * - optionally maps full-width letters and digits to ASCII (Ａ１ → A1), one code point for one.
 * Only whitespace is ever removed, so the view's non-whitespace characters are the original's, in
 * order, up to that full-width mapping.
 *
 * The offset map (all offsets in code points). Every view character has a source: the original
 * character it shows, or for a "\n" the line break it stands for (two code points for CRLF).
 * - toOriginal(v): where the source of view character v starts; toOriginal(view length) is the
 *   original length. Strictly increasing, so toView(toOriginal(v)) === v.
 * - toView(o): the first view character whose source starts at or after o. An original offset
 *   inside removed text (a joined line break, a removed space, a trimmed line end) therefore maps to
 *   the next kept view position.
 * - rangeToOriginal(r): the smallest original range containing the sources of all view characters
 *   in r; it may contain removed breaks and spaces between them. An empty r maps to an empty range
 *   at toOriginal(r.start).
 * - rangeToView(r): the view characters whose source starts inside r, i.e.
 *   [toView(r.start), toView(r.end)); empty when r covers only removed text.
 */
import type { CodePointRange } from './codepoints';
import {
  ALNUM,
  BMP_CLASSES,
  CJK_PUNCT,
  IDEO,
  SPACE,
  classOf,
  halfWidthAlphanumeric,
} from './char-classes';
import { decideJoins } from './line-joins';
import {
  COLUMN_GAP,
  type TextLines,
  isBlankLine,
  splitLines,
  toCodePoints,
  utf16Offsets,
} from './lines';

export interface ReadingView {
  /** The cleaned text. */
  readonly text: string;
  toOriginal(viewOffset: number): number;
  toView(originalOffset: number): number;
  rangeToOriginal(range: CodePointRange): CodePointRange;
  rangeToView(range: CodePointRange): CodePointRange;
}

export interface ReadingViewOptions {
  /** Map full-width letters and digits to ASCII (default true). */
  halfWidthAlphanumerics?: boolean;
  /** Which spaces between CJK characters to remove (default 'letter-spaced', see above). */
  cjkSpaces?: 'letter-spaced' | 'all';
}

export function buildReadingView(original: string, options: ReadingViewOptions = {}): ReadingView {
  const lines = splitLines(toCodePoints(original));
  const builder = new ViewBuilder(original, utf16Offsets(original, lines.cps), lines.cps.length);
  const joined = decideJoins(lines);
  const halfWidth = options.halfWidthAlphanumerics ?? true;
  const allCjkSpaces = options.cjkSpaces === 'all';
  let previous = -1; // last non-blank line emitted
  for (let line = 0; line < lines.count; line++) {
    if (isBlankLine(lines, line)) continue;
    if (previous >= 0) {
      if (previous + 1 < line) {
        builder.put(0x0a, lines.end[previous]!, lines.breakEnd[previous]!);
        builder.put(0x0a, lines.end[line - 1]!, lines.breakEnd[line - 1]!);
      } else if (!joined[previous]) {
        builder.put(0x0a, lines.end[previous]!, lines.breakEnd[previous]!);
      }
    }
    emitLine(lines, line, builder, halfWidth, allCjkSpaces);
    previous = line;
  }
  return builder.finish(lines.cps.length);
}

function emitLine(
  lines: TextLines,
  line: number,
  builder: ViewBuilder,
  halfWidth: boolean,
  allCjkSpaces: boolean,
): void {
  const { cps } = lines;
  // Imported bindings copied to locals for the per-character loops (see splitLines).
  const classes = BMP_CLASSES;
  const space = SPACE;
  const alnum = ALNUM;
  const isSpaceAt = (at: number): boolean => {
    const c = cps[at]!;
    return c < 0x10000 && (classes[c]! & space) !== 0;
  };
  const first = lines.first[line]!;
  const last = lines.last[line]!;
  builder.keepRange(lines.start[line]!, first); // indentation
  let k = first;
  while (k < last) {
    // A token: characters up to the next space (cps[last - 1] is never a space).
    const tokenStart = k;
    let verbatimFrom = k;
    for (; k < last; k++) {
      const c = cps[k]!;
      if (c < 0x10000 && classes[c]! & space) break;
      if (halfWidth && c >= 0xff10 && c <= 0xff5a && classes[c]! & alnum) {
        builder.keepRange(verbatimFrom, k);
        builder.put(halfWidthAlphanumeric(c), k, k + 1);
        verbatimFrom = k + 1;
      }
    }
    builder.keepRange(verbatimFrom, k);
    if (k >= last) break;
    const spaceStart = k;
    while (isSpaceAt(k)) k++;
    let tokenEnd = k;
    while (tokenEnd < last && !isSpaceAt(tokenEnd)) tokenEnd++;
    const remove =
      k - spaceStart < COLUMN_GAP &&
      isSpaceBetweenCjkRemovable(
        cps[spaceStart - 1]!,
        cps[k]!,
        spaceStart - tokenStart,
        tokenEnd - k,
        allCjkSpaces,
      );
    if (!remove) builder.keepRange(spaceStart, k);
  }
}

/**
 * A space between CJK characters goes when it cannot separate words: next to CJK punctuation, or
 * when a one-character token sits on either side (letter-spaced 数 字 化 手 术 室).
 */
function isSpaceBetweenCjkRemovable(
  before: number,
  after: number,
  tokenBefore: number,
  tokenAfter: number,
  all: boolean,
): boolean {
  const b = classOf(before);
  const a = classOf(after);
  if (!(b & (IDEO | CJK_PUNCT)) || !(a & (IDEO | CJK_PUNCT))) return false;
  if (all || (a | b) & CJK_PUNCT) return true;
  return tokenBefore === 1 || tokenAfter === 1;
}

/**
 * Accumulates the view with the source of each of its code points, then freezes it into a
 * ReadingView. Most of the view is the original verbatim, so the text is assembled from slices of
 * runs of kept original characters rather than character by character.
 */
class ViewBuilder {
  private readonly sourceStart: Uint32Array;
  /** View offsets whose source is longer than one code point (a CRLF kept as "\n"), ascending. */
  private readonly wideSources: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  /** The run of verbatim original code points not yet sliced into `parts`: [runStart, runEnd). */
  private runStart = 0;
  private runEnd = 0;

  constructor(
    private readonly original: string,
    private readonly utf16: Uint32Array | null,
    maxCodePoints: number,
  ) {
    this.sourceStart = new Uint32Array(maxCodePoints);
  }

  /** Appends the original code points [from, to) unchanged. */
  keepRange(from: number, to: number): void {
    if (from >= to) return;
    if (from !== this.runEnd) {
      this.flush();
      this.runStart = from;
    }
    this.runEnd = to;
    const sourceStart = this.sourceStart;
    let length = this.length;
    for (let at = from; at < to; at++) sourceStart[length++] = at;
    this.length = length;
  }

  /** Appends `cp` standing for the original code points [sourceStart, sourceEnd). */
  put(cp: number, sourceStart: number, sourceEnd: number): void {
    this.flush();
    this.parts.push(String.fromCodePoint(cp));
    if (sourceEnd - sourceStart > 1) this.wideSources.push(this.length);
    this.sourceStart[this.length++] = sourceStart;
  }

  finish(originalLength: number): ReadingView {
    this.flush();
    return new MappedView(
      this.parts.join(''),
      this.sourceStart.subarray(0, this.length),
      Uint32Array.from(this.wideSources),
      originalLength,
    );
  }

  private flush(): void {
    if (this.runEnd > this.runStart) {
      const from = this.utf16 ? this.utf16[this.runStart]! : this.runStart;
      const to = this.utf16 ? this.utf16[this.runEnd]! : this.runEnd;
      this.parts.push(this.original.slice(from, to));
    }
    this.runStart = this.runEnd = 0;
  }
}

class MappedView implements ReadingView {
  constructor(
    readonly text: string,
    private readonly sourceStart: Uint32Array,
    private readonly wideSources: Uint32Array,
    private readonly originalLength: number,
  ) {}

  /** Where the source of view character v ends (v < view length). */
  private sourceEnd(v: number): number {
    const wide = this.wideSources;
    let lo = 0;
    let hi = wide.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (wide[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    // Only a kept CRLF is wide, and it is two code points long.
    return this.sourceStart[v]! + (wide[lo] === v ? 2 : 1);
  }

  toOriginal(viewOffset: number): number {
    checkOffset(viewOffset, this.sourceStart.length, 'view');
    return viewOffset === this.sourceStart.length
      ? this.originalLength
      : this.sourceStart[viewOffset]!;
  }

  toView(originalOffset: number): number {
    checkOffset(originalOffset, this.originalLength, 'original');
    const starts = this.sourceStart;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < originalOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  rangeToOriginal(range: CodePointRange): CodePointRange {
    checkRange(range, this.sourceStart.length, 'view');
    if (range.start === range.end) {
      const at = this.toOriginal(range.start);
      return { start: at, end: at };
    }
    return { start: this.sourceStart[range.start]!, end: this.sourceEnd(range.end - 1) };
  }

  rangeToView(range: CodePointRange): CodePointRange {
    checkRange(range, this.originalLength, 'original');
    return { start: this.toView(range.start), end: this.toView(range.end) };
  }
}

function checkOffset(offset: number, length: number, what: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${what} offset ${offset} is outside 0..${length}`);
  }
}

function checkRange(range: CodePointRange, length: number, what: string): void {
  checkOffset(range.start, length, what);
  checkOffset(range.end, length, what);
  if (range.end < range.start) {
    throw new RangeError(`${what} range ${range.start}..${range.end} ends before it starts`);
  }
}
