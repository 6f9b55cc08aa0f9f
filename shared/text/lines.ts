/**
 * A text as code points, cut into lines. All page-level analysis (reading view, chrome, repeats)
 * works line by line in code-point offsets, so the decoding and line splitting live here once.
 */
import { BMP_CLASSES, CJK_PUNCT, IDEO, SPACE } from './char-classes';

/**
 * The code points of `text`; a lone surrogate stays one code point, as in codePointLength. Written
 * into `scratch` when it is long enough (the result is then a view of it, valid until the scratch
 * is used again), else into a new array.
 */
export function toCodePoints(text: string, scratch?: Uint32Array): Uint32Array {
  const out = scratch && scratch.length >= text.length ? scratch : new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[n++] = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = unit;
  }
  return out.subarray(0, n);
}

/** Code points per String.fromCodePoint call: spreading more overflows the call stack. */
const FROM_CODE_POINT_CHUNK = 8192;

/** The string of `cps`, however many: a whole page may be one line (or one paragraph key). */
export function codePointsToString(cps: ArrayLike<number>): string {
  let text = '';
  for (let start = 0; start < cps.length; start += FROM_CODE_POINT_CHUNK) {
    const chunk = Array.prototype.slice.call(cps, start, start + FROM_CODE_POINT_CHUNK) as number[];
    text += String.fromCodePoint(...chunk);
  }
  return text;
}

/**
 * UTF-16 offset of every code point boundary of `text` (whose code points are `cps`), or null when
 * the text has no astral character and the two offsets coincide.
 */
export function utf16Offsets(text: string, cps: Uint32Array): Uint32Array | null {
  if (cps.length === text.length) return null;
  const offsets = new Uint32Array(cps.length + 1);
  let unit = 0;
  for (let i = 0; i < cps.length; i++) {
    offsets[i] = unit;
    unit += cps[i]! >= 0x10000 ? 2 : 1;
  }
  offsets[cps.length] = unit;
  return offsets;
}

/**
 * Lines of a text. Line i's content is `[start[i], end[i])`, its line break (LF, CR or CRLF; none
 * on the last line) is `[end[i], breakEnd[i])`. `first[i]`/`last[i]` bound the content without
 * leading and trailing whitespace (`first === last` for a blank line); `width[i]` is the display
 * width of the non-space characters (see widthOf).
 */
export interface TextLines {
  cps: Uint32Array;
  /** Number of lines; the arrays below may be longer (spare capacity). */
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  breakEnd: Uint32Array;
  first: Uint32Array;
  last: Uint32Array;
  width: Uint32Array;
  /** 1 when the line has a column gap: a run of COLUMN_GAP or more spaces between its words. */
  gap: Uint8Array;
}

/** Spaces in a row that lay out columns (院本部:…      电话:…) rather than separate words. */
export const COLUMN_GAP = 3;

/**
 * The lines of `cps`, written into `scratch` when it has room for them (then returned, its old
 * content gone), else into new arrays.
 */
export function splitLines(cps: Uint32Array, scratch?: TextLines): TextLines {
  // Imported bindings copied to locals: test runners turn them into property reads, and this loop
  // runs once per character of every page.
  const classes = BMP_CLASSES;
  const space = SPACE;
  const ideo = IDEO;
  const wide = IDEO | CJK_PUNCT;
  const columnGap = COLUMN_GAP;
  const n = cps.length;
  // Sized by counting line breaks first: growing by doubling held two copies of every column,
  // which on a page of millions of short lines was hundreds of megabytes.
  let breaks = 0;
  for (let k = 0; k < n; k++) if (cps[k] === 0x0a || cps[k] === 0x0d) breaks++;
  const lines = scratch && scratch.start.length > breaks ? scratch : allocateLines(cps, breaks + 1);
  lines.cps = cps;
  let i = 0;
  let line = 0;
  for (; ; line++) {
    if (line === lines.start.length) growLines(lines);
    lines.start[line] = i;
    let firstContent = -1;
    let lastContent = i;
    let lineWidth = 0;
    let spaceRun = 0;
    let hasGap = 0;
    for (; i < n; i++) {
      const c = cps[i]!;
      if (c === 0x0a || c === 0x0d) break;
      // Inlined classOf/widthOf.
      const cls = c < 0x10000 ? classes[c]! : c >= 0x20000 && c < 0x40000 ? ideo : 0;
      if (cls & space) {
        spaceRun++;
        continue;
      }
      if (firstContent < 0) firstContent = i;
      else if (spaceRun >= columnGap) hasGap = 1;
      spaceRun = 0;
      lastContent = i + 1;
      lineWidth += cls & wide ? 2 : 1;
    }
    lines.end[line] = i;
    lines.first[line] = firstContent < 0 ? i : firstContent;
    lines.last[line] = firstContent < 0 ? i : lastContent;
    lines.width[line] = lineWidth;
    lines.gap[line] = hasGap;
    if (i === n) break;
    i += cps[i] === 0x0d && cps[i + 1] === 0x0a ? 2 : 1;
    lines.breakEnd[line] = i;
  }
  lines.breakEnd[line] = n;
  lines.count = line + 1;
  return lines;
}

function allocateLines(cps: Uint32Array, capacity: number): TextLines {
  // One backing buffer for all columns: typed-array allocations are costly, and this runs per page.
  const buffer = new Uint32Array(capacity * 6);
  return {
    cps,
    count: 0,
    start: column(buffer, capacity, 0),
    end: column(buffer, capacity, 1),
    breakEnd: column(buffer, capacity, 2),
    first: column(buffer, capacity, 3),
    last: column(buffer, capacity, 4),
    width: column(buffer, capacity, 5),
    gap: new Uint8Array(capacity),
  };
}

/** Column k of a buffer of columns (a module function: tsx names every closure a call makes). */
function column(buffer: Uint32Array, capacity: number, k: number): Uint32Array {
  return buffer.subarray(k * capacity, (k + 1) * capacity);
}

function growLines(lines: TextLines): void {
  const bigger = allocateLines(lines.cps, lines.start.length * 2);
  bigger.start.set(lines.start);
  bigger.end.set(lines.end);
  bigger.breakEnd.set(lines.breakEnd);
  bigger.first.set(lines.first);
  bigger.last.set(lines.last);
  bigger.width.set(lines.width);
  bigger.gap.set(lines.gap);
  Object.assign(lines, bigger, { count: 0 });
}

export function isBlankLine(lines: TextLines, i: number): boolean {
  return lines.first[i] === lines.last[i];
}
