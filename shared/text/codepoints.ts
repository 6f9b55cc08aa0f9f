/**
 * Offsets in Gleaner count Unicode code points of a document's decoded text (see DESIGN.md,
 * "Text and offsets"). JavaScript strings index UTF-16 code units, so every crossing between
 * the two goes through these helpers; nothing else should do the arithmetic by hand.
 */

/** A half-open range `[start, end)` in code points. */
export interface CodePointRange {
  start: number;
  end: number;
}

/** Number of code points in `text` (an astral character such as 𠀀 counts once). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Maps code-point offsets of one text to UTF-16 offsets and back in O(log n) per lookup.
 * Build it once per document: texts without astral characters take a fast path with no table.
 */
export class CodePointIndex {
  readonly text: string;
  readonly length: number;
  /** UTF-16 offset of every code point boundary, or null when the two coincide. */
  private readonly utf16ByCodePoint: Uint32Array | null;

  constructor(text: string) {
    this.text = text;
    const length = codePointLength(text);
    this.length = length;
    if (length === text.length) {
      this.utf16ByCodePoint = null;
      return;
    }
    const table = new Uint32Array(length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      table[cp++] = i;
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    table[cp] = text.length;
    this.utf16ByCodePoint = table;
  }

  /** UTF-16 offset of code-point offset `cp` (0 ≤ cp ≤ length). */
  toUtf16(cp: number): number {
    if (cp < 0 || cp > this.length || !Number.isInteger(cp)) {
      throw new RangeError(`code point offset ${cp} is outside 0..${this.length}`);
    }
    return this.utf16ByCodePoint ? this.utf16ByCodePoint[cp]! : cp;
  }

  /** Code-point offset of UTF-16 offset `u`; an offset inside a surrogate pair rounds down. */
  toCodePoint(u: number): number {
    if (u < 0 || u > this.text.length || !Number.isInteger(u)) {
      throw new RangeError(`UTF-16 offset ${u} is outside 0..${this.text.length}`);
    }
    const table = this.utf16ByCodePoint;
    if (!table) return u;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (table[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text of a code-point range. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** The text of `[start, end)` in code points; builds a throwaway index, so prefer CodePointIndex in loops. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}
