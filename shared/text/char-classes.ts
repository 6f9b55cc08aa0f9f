/**
 * Character classes that the reading view, chrome and repeat detection reason about. A bit set per
 * BMP code point, built once into a 64 KiB table, because these checks run once per character of
 * every page (tens of millions of times per import) and a regex per character would dominate.
 */

/** Whitespace inside a line: ASCII space/tab, NBSP, U+3000 ideographic space, other Zs spaces. */
export const SPACE = 1;
/** Han ideographs (BMP and astral extensions) and Japanese kana: scripts written without spaces. */
export const IDEO = 2;
/** Full-width / CJK punctuation and the quotes, dashes and ellipsis used in Chinese text. */
export const CJK_PUNCT = 4;
/** Punctuation after which a line break is a real break, never a wrap (sentence or clause end). */
export const ENDER = 8;
/** ASCII and full-width letters and digits. */
export const ALNUM = 16;
/** ASCII characters that may end a wrapped line inside a Chinese sentence: `%`, `)`, `]`, `,`. */
export const PREV_GLUE = 32;
/** ASCII characters that may start the continuation of a wrapped line: `(`, `[`. */
export const NEXT_GLUE = 64;
/** Punctuation that only running prose has; a block of lines without any is a headline. */
export const CLAUSE = 128;

/** Class bits of every BMP code point; hot loops index it directly instead of calling classOf. */
export const BMP_CLASSES = new Uint8Array(0x10000);
const table = BMP_CLASSES;

function mark(from: number, to: number, flags: number): void {
  for (let c = from; c <= to; c++) table[c]! |= flags;
}

function markChars(chars: string, flags: number): void {
  for (const ch of chars) mark(ch.codePointAt(0)!, ch.codePointAt(0)!, flags);
}

mark(0x20, 0x20, SPACE);
mark(0x09, 0x09, SPACE);
mark(0x0b, 0x0c, SPACE);
mark(0xa0, 0xa0, SPACE);
mark(0x2000, 0x200a, SPACE);
mark(0x202f, 0x202f, SPACE);
mark(0x205f, 0x205f, SPACE);
mark(0x3000, 0x3000, SPACE);

mark(0x3400, 0x4dbf, IDEO); // CJK Extension A
mark(0x4e00, 0x9fff, IDEO); // CJK Unified Ideographs
mark(0xf900, 0xfaff, IDEO); // CJK Compatibility Ideographs
mark(0x3040, 0x30ff, IDEO); // Hiragana, Katakana
mark(0x31f0, 0x31ff, IDEO); // Katakana phonetic extensions
mark(0xff66, 0xff9f, IDEO); // half-width Katakana
markChars('々〇', IDEO);

mark(0x3001, 0x303f, CJK_PUNCT); // CJK Symbols and Punctuation (U+3000 is a space, not punctuation)
table[0x3005] = IDEO;
table[0x3007] = IDEO;
mark(0xfe10, 0xfe19, CJK_PUNCT); // vertical forms
mark(0xfe30, 0xfe4f, CJK_PUNCT); // CJK compatibility forms
mark(0xff01, 0xff0f, CJK_PUNCT); // full-width ！＂＃…／
mark(0xff1a, 0xff20, CJK_PUNCT); // full-width ：；＜＝＞？＠
mark(0xff3b, 0xff40, CJK_PUNCT);
mark(0xff5b, 0xff65, CJK_PUNCT);
mark(0x2014, 0x201f, CJK_PUNCT); // — ‖ ‘ ’ “ ” as used in Chinese text
mark(0x2026, 0x2026, CJK_PUNCT); // …
mark(0xb7, 0xb7, CJK_PUNCT); // · (middle dot in names)

markChars('。．！？；：…”」』!?;:', ENDER);

mark(0x30, 0x39, ALNUM);
mark(0x41, 0x5a, ALNUM);
mark(0x61, 0x7a, ALNUM);
mark(0xff10, 0xff19, ALNUM);
mark(0xff21, 0xff3a, ALNUM);
mark(0xff41, 0xff5a, ALNUM);

markChars('%)],', PREV_GLUE);
markChars('([', NEXT_GLUE);
markChars('，。．！？；、,;!?', CLAUSE);

/** The class bits of one code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) return table[cp]!;
  // CJK Extensions B–H and the compatibility supplement live in planes 2 and 3.
  return cp >= 0x20000 && cp < 0x40000 ? IDEO : 0;
}

/**
 * Display width in half-width cells for line-length comparisons: CJK characters count 2, spaces 0,
 * everything else 1. Full-width letters and digits count 1 on purpose, so that normalising them to
 * half-width does not change a line's width (the reading view must be idempotent).
 */
export function widthOf(cp: number): number {
  const cls = classOf(cp);
  if (cls & SPACE) return 0;
  return cls & (IDEO | CJK_PUNCT) ? 2 : 1;
}

/** Full-width letters and digits (Ａ１ａ) to ASCII, one code point for one; anything else unchanged. */
export function halfWidthAlphanumeric(cp: number): number {
  if (
    (cp >= 0xff10 && cp <= 0xff19) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  ) {
    return cp - 0xfee0;
  }
  return cp;
}

/**
 * Whether a UTF-16 unit is whitespace as a regular expression's \s reads it (WhiteSpace and
 * LineTerminator): one comparison chain instead of a regex test on a one-character slice.
 */
export function isRegExpSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}
