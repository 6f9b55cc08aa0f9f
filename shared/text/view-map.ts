/**
 * The reading view's offset map between view and original, all offsets in code points.
 *
 * Every view character has a source: the original
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

export interface ReadingView {
  /** The cleaned text. */
  readonly text: string;
  toOriginal(viewOffset: number): number;
  toView(originalOffset: number): number;
  rangeToOriginal(range: CodePointRange): CodePointRange;
  rangeToView(range: CodePointRange): CodePointRange;
}

/** Parts of the view joined into one string at a time (see ViewBuilder.chunks). */
const PARTS_PER_CHUNK = 4096;

/**
 * Accumulates the view with the source of each of its code points, then freezes it into a
 * ReadingView. Most of the view is the original verbatim, so the text is assembled from slices of
 * runs of kept original characters rather than character by character.
 */
export class ViewBuilder {
  private readonly sourceStart: Uint32Array;
  /** View offsets whose source is longer than one code point (a CRLF kept as "\n"), ascending. */
  private readonly wideSources: number[] = [];
  private readonly parts: string[] = [];
  /**
   * `parts` joined PARTS_PER_CHUNK at a time: a page of millions of short lines had tens of
   * millions of small strings alive at once before the final join.
   */
  private readonly chunks: string[] = [];
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
    this.addPart(String.fromCodePoint(cp));
    if (sourceEnd - sourceStart > 1) this.wideSources.push(this.length);
    this.sourceStart[this.length++] = sourceStart;
  }

  finish(originalLength: number): ReadingView {
    this.flush();
    return new MappedView(
      this.chunks.length === 0
        ? this.parts.join('')
        : [...this.chunks, this.parts.join('')].join(''),
      this.sourceStart.subarray(0, this.length),
      Uint32Array.from(this.wideSources),
      originalLength,
    );
  }

  private flush(): void {
    if (this.runEnd > this.runStart) {
      const from = this.utf16 ? this.utf16[this.runStart]! : this.runStart;
      const to = this.utf16 ? this.utf16[this.runEnd]! : this.runEnd;
      this.addPart(this.original.slice(from, to));
    }
    this.runStart = this.runEnd = 0;
  }

  private addPart(part: string): void {
    this.parts.push(part);
    if (this.parts.length < PARTS_PER_CHUNK) return;
    this.chunks.push(this.parts.join(''));
    this.parts.length = 0;
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
