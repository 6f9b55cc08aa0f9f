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
 * The offset map is described in view-map.ts.
 */
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
import { type ReadingView, ViewBuilder } from './view-map';

export type { ReadingView } from './view-map';

export interface ReadingViewOptions {
  /** Map full-width letters and digits to ASCII (default true). */
  halfWidthAlphanumerics?: boolean;
  /** Which spaces between CJK characters to remove (default 'letter-spaced', see above). */
  cjkSpaces?: 'letter-spaced' | 'all';
}

/**
 * The code points and lines of the last text, kept for the next: a typed array's memory is
 * allocated outside the JavaScript heap, which costs more than splitting a short article's lines
 * (extraction builds a view of every article). Nothing buildReadingView returns holds them, and
 * it calls nothing that could build another view while it uses them.
 */
let codePointsScratch = new Uint32Array(0);
let linesScratch: TextLines | undefined;
/**
 * Texts longer than this (in UTF-16 units), or with more lines, get arrays of their own: kept, a
 * page's would hold megabytes for good, and a long text costs far more than its allocation.
 */
const SCRATCH_LIMIT = 1 << 16;

export function buildReadingView(original: string, options: ReadingViewOptions = {}): ReadingView {
  const small = original.length <= SCRATCH_LIMIT;
  if (small && codePointsScratch.length < original.length)
    codePointsScratch = new Uint32Array(Math.min(SCRATCH_LIMIT, 4 * original.length));
  const lines = splitLines(
    toCodePoints(original, small ? codePointsScratch : undefined),
    small ? linesScratch : undefined,
  );
  if (small && lines.start.length <= SCRATCH_LIMIT) linesScratch = lines;
  const builder = new ViewBuilder(original, utf16Offsets(original, lines.cps), lines.cps.length);
  const joined = decideJoins(lines);
  const halfWidth = options.halfWidthAlphanumerics ?? true;
  const allCjkSpaces = options.cjkSpaces === 'all';
  let previous = -1; // last non-blank line emitted
  for (let line = 0; line < lines.count; line++) {
    if (isBlankLine(lines, line)) continue;
    if (previous >= 0) {
      if (previous + 1 < line) {
        // A paragraph break: the first "\n" stands for the break ending the previous paragraph,
        // the second for the last break before this line; blank lines between are dropped.
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
    while (isSpaceAt(cps, k)) k++;
    let tokenEnd = k;
    while (tokenEnd < last && !isSpaceAt(cps, tokenEnd)) tokenEnd++;
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
 * Whether code point `at` of `cps` is whitespace. A module function, not a closure made per line:
 * under tsx (the command line, the benchmarks) every closure is also given its name, at a cost.
 */
function isSpaceAt(cps: Uint32Array, at: number): boolean {
  const c = cps[at]!;
  return c < 0x10000 && (CLASSES[c]! & SPACE_CLASS) !== 0;
}
// Imported bindings copied to module constants for that per-character test (see splitLines).
const CLASSES = BMP_CLASSES;
const SPACE_CLASS = SPACE;

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
