/**
 * UTF-16 without a byte-order mark. ASCII characters in UTF-16 put a zero byte on every other
 * position (odd positions for little-endian, even for big-endian), which no legacy 8-bit or
 * CJK encoding does; that parity, checked against how text-like the resulting code units are,
 * tells the two byte orders apart. UTF-16 text with no ASCII at all (not even a newline) has no
 * zero bytes, or only those of U+xx00 characters, whose parity points the wrong way: all-hanzi
 * text is recognised before this, by utf16-hanzi.ts.
 */
export type Utf16Order = 'utf-16le' | 'utf-16be';

const SAMPLE_BYTES = 64 * 1024;
const MIN_PLAUSIBLE_SHARE = 0.9;

function isPlausibleUnit(unit: number): boolean {
  return (
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0x24f) ||
    (unit >= 0x370 && unit <= 0x4ff) ||
    (unit >= 0x2000 && unit <= 0x206f) ||
    (unit >= 0x3000 && unit <= 0x30ff) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xac00 && unit <= 0xd7a3) ||
    (unit >= 0xff00 && unit <= 0xffef)
  );
}

/** Share of code units that look like text; surrogates count when correctly paired. */
function plausibleShare(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  if (units === 0) return 0;
  const unitAt = (k: number): number =>
    littleEndian
      ? bytes[2 * k]! | (bytes[2 * k + 1]! << 8)
      : (bytes[2 * k]! << 8) | bytes[2 * k + 1]!;
  let plausible = 0;
  for (let k = 0; k < units; k++) {
    const unit = unitAt(k);
    if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < units) {
      const next = unitAt(k + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        plausible += 2;
        k++;
      }
      continue;
    }
    if (isPlausibleUnit(unit)) plausible++;
  }
  return plausible / units;
}

export function sniffUtf16(bytes: Uint8Array): Utf16Order | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  // Most files have no zero byte at all: one native search says so.
  if (!sample.includes(0)) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  if (evenZeros + oddZeros === 0) return null;
  const le = plausibleShare(sample, true);
  const be = plausibleShare(sample, false);
  const favoured: Utf16Order = oddZeros >= evenZeros ? 'utf-16le' : 'utf-16be';
  const [favouredShare, otherShare] = favoured === 'utf-16le' ? [le, be] : [be, le];
  if (favouredShare >= MIN_PLAUSIBLE_SHARE && favouredShare >= otherShare) return favoured;
  const other: Utf16Order = favoured === 'utf-16le' ? 'utf-16be' : 'utf-16le';
  if (otherShare >= MIN_PLAUSIBLE_SHARE && otherShare > favouredShare) return other;
  return null;
}
