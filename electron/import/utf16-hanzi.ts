import iconv from 'iconv-lite';
import type { Utf16Order } from './utf16-sniff';

/**
 * UTF-16 without a byte-order mark whose text is all hanzi (a title, a name, a short line with
 * no newline) has none of the zero bytes sniffUtf16 relies on, and its bytes then look like
 * binary data or like Western text. What gives it away is that every code unit lands in the
 * CJK blocks, and on hanzi people actually use: legacy CJK bytes read as UTF-16 land mostly on
 * hangul, private-use and surrogate units, and a misreading that does hit the hanzi block lands
 * on rare characters about four times in five.
 */

/** Every unit must be a hanzi or CJK/full-width punctuation, except this share. */
const MIN_CJK_SHARE = 0.9;
/** Share of the hanzi among the common ones (GB2312 level 1 or Big5's frequent block). */
const MIN_COMMON_SHARE = 0.8;
/** Fewer hanzi than this prove nothing. */
const MIN_HANZI = 4;
/** Units looked at. */
const SAMPLE_UNITS = 4096;

const isHanzi = (unit: number): boolean => unit >= 0x4e00 && unit <= 0x9fff;
const isCjkPunctuation = (unit: number): boolean =>
  (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef);

/** In GB2312 (the 6,763 hanzi of simplified Chinese) or Big5's 5,401 frequent hanzi. */
function isCommonHanzi(character: string): boolean {
  const gb = iconv.encode(character, 'gbk');
  if (gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xf7 && gb[1]! >= 0xa1) return true;
  const big5 = iconv.encode(character, 'big5');
  if (big5.length !== 2) return false;
  const code = (big5[0]! << 8) | big5[1]!;
  return code >= 0xa440 && code <= 0xc67e;
}

/**
 * Share of common hanzi when the bytes read as CJK UTF-16 in this order, else -1. This runs on
 * every file that is not plain ASCII, so it gives up at the first sign of anything else (UTF-8
 * Chinese fails within a few units) before looking characters up.
 */
function hanziReading(bytes: Uint8Array, order: Utf16Order): number {
  const units = Math.min(SAMPLE_UNITS, bytes.length >> 1);
  const allowedOthers = Math.floor(units * (1 - MIN_CJK_SHARE));
  const unitAt = (k: number): number =>
    order === 'utf-16le'
      ? bytes[2 * k]! | (bytes[2 * k + 1]! << 8)
      : (bytes[2 * k]! << 8) | bytes[2 * k + 1]!;
  let others = 0;
  let hanzi = 0;
  for (let k = 0; k < units; k++) {
    const unit = unitAt(k);
    if (isHanzi(unit)) hanzi++;
    else if (!isCjkPunctuation(unit) && ++others > allowedOthers) return -1;
  }
  if (hanzi < MIN_HANZI) return -1;
  let common = 0;
  for (let k = 0; k < units; k++) {
    const unit = unitAt(k);
    if (isHanzi(unit) && isCommonHanzi(String.fromCharCode(unit))) common++;
  }
  const share = common / hanzi;
  return share >= MIN_COMMON_SHARE ? share : -1;
}

/** The byte order in which these bytes read as Chinese UTF-16, or null. */
export function sniffHanziUtf16(bytes: Uint8Array): Utf16Order | null {
  if (bytes.length % 2 !== 0) return null;
  const le = hanziReading(bytes, 'utf-16le');
  const be = hanziReading(bytes, 'utf-16be');
  if (le < 0 && be < 0) return null;
  // Both can pass for a few characters; the more common reading wins, little-endian on a tie
  // (Windows writes UTF-16LE).
  return le >= be ? 'utf-16le' : 'utf-16be';
}

const NOT_PRINTABLE_ASCII = /[^\t\n\r\x20-\x7e]/;
/** Two code units or more beyond ASCII: two multi-byte UTF-8 sequences, or one of four bytes. */
const TWO_BEYOND_ASCII = /[\u0080-\uffff][^]*?[\u0080-\uffff]/;

/**
 * Whether a file that is valid UTF-8 could still be all-hanzi UTF-16. Printable ASCII stays
 * ASCII (a word can read as a few hanzi). Text beyond ASCII stays UTF-8: UTF-16 hanzi form valid
 * multi-byte sequences only by a chance that vanishes with length, while the sniff reads the
 * start alone, which ASCII such as "[[" (U+5B5B) can fill with hanzi-like units (a JSONL file
 * opening on 8 KB of brackets was stored as hanzi). What is left: a control character or one
 * character beyond ASCII, as a short UTF-16 title's bytes can be.
 */
export function validUtf8MayBeHanziUtf16(text: string): boolean {
  return NOT_PRINTABLE_ASCII.test(text) && !TWO_BEYOND_ASCII.test(text);
}
