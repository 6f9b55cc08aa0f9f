import type { CjkEncoding } from './encoding-names';

/**
 * Why this exists: chardet needs about 16 CJK characters before it commits (measured in
 * decode.test.ts); below that it ranks single-byte Western encodings first. Each East Asian
 * encoding lays out its most frequent characters in a known block (GB2312 level-1 hanzi, Big5
 * frequent hanzi, JIS level-1 kanji and kana, KS X 1001 hangul), so the share of characters
 * that fall in that block says how plausible a reading is, even for a handful of characters.
 */
export interface CjkScore {
  encoding: CjkEncoding;
  /** False when the bytes break the encoding's structure (then the reading is impossible). */
  wellFormed: boolean;
  /** Non-ASCII characters read (multi-byte characters plus half-width kana). */
  characters: number;
  /** Share of those characters in the encoding's frequent block, 0..1. */
  commonShare: number;
}

type Reader = (bytes: Uint8Array, i: number) => { length: number; common: boolean } | null;

const inRange = (value: number, low: number, high: number): boolean =>
  value >= low && value <= high;

const readers: Record<CjkEncoding, Reader> = {
  gb18030(bytes, i) {
    const lead = bytes[i]!;
    if (!inRange(lead, 0x81, 0xfe)) return lead === 0x80 ? { length: 1, common: false } : null;
    const trail = bytes[i + 1];
    if (trail === undefined) return null;
    if (inRange(trail, 0x30, 0x39)) {
      const third = bytes[i + 2];
      const fourth = bytes[i + 3];
      if (third === undefined || fourth === undefined) return null;
      if (!inRange(third, 0x81, 0xfe) || !inRange(fourth, 0x30, 0x39)) return null;
      return { length: 4, common: false };
    }
    if (trail === 0x7f || !inRange(trail, 0x40, 0xfe)) return null;
    const common =
      inRange(trail, 0xa1, 0xfe) && (inRange(lead, 0xb0, 0xd7) || inRange(lead, 0xa1, 0xa3));
    return { length: 2, common };
  },
  big5(bytes, i) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1];
    if (!inRange(lead, 0x81, 0xfe) || trail === undefined) return null;
    if (!inRange(trail, 0x40, 0x7e) && !inRange(trail, 0xa1, 0xfe)) return null;
    const common =
      inRange(lead, 0xa4, 0xc5) ||
      (lead === 0xc6 && trail <= 0x7e) ||
      inRange(lead, 0xa1, 0xa2) ||
      (lead === 0xa3 && trail <= 0xbf);
    return { length: 2, common };
  },
  shift_jis(bytes, i) {
    const lead = bytes[i]!;
    if (inRange(lead, 0xa1, 0xdf)) return { length: 1, common: false };
    if (!inRange(lead, 0x81, 0x9f) && !inRange(lead, 0xe0, 0xfc)) return null;
    const trail = bytes[i + 1];
    if (trail === undefined || trail === 0x7f || !inRange(trail, 0x40, 0xfc)) return null;
    return { length: 2, common: inRange(lead, 0x81, 0x83) || inRange(lead, 0x88, 0x98) };
  },
  'euc-jp'(bytes, i) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1];
    if (trail === undefined) return null;
    if (lead === 0x8e) return inRange(trail, 0xa1, 0xdf) ? { length: 2, common: false } : null;
    if (lead === 0x8f) {
      const third = bytes[i + 2];
      if (third === undefined || !inRange(trail, 0xa1, 0xfe) || !inRange(third, 0xa1, 0xfe)) {
        return null;
      }
      return { length: 3, common: false };
    }
    if (!inRange(lead, 0xa1, 0xfe) || !inRange(trail, 0xa1, 0xfe)) return null;
    const common = lead === 0xa1 || lead === 0xa4 || lead === 0xa5 || inRange(lead, 0xb0, 0xcf);
    return { length: 2, common };
  },
  'euc-kr'(bytes, i) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1];
    if (trail === undefined || !inRange(lead, 0xa1, 0xfe) || !inRange(trail, 0xa1, 0xfe)) {
      return null;
    }
    return { length: 2, common: inRange(lead, 0xb0, 0xc8) || lead === 0xa1 || lead === 0xa3 };
  },
};

/** `cutTail`: the bytes are a prefix of a longer file, so a character cut at the end is fine. */
export function scoreCjkReading(
  bytes: Uint8Array,
  encoding: CjkEncoding,
  cutTail = false,
): CjkScore {
  const read = readers[encoding];
  let characters = 0;
  let common = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const unit = read(bytes, i);
    if (unit === null) {
      if (cutTail && i >= bytes.length - 3) break;
      return { encoding, wellFormed: false, characters, commonShare: 0 };
    }
    characters++;
    if (unit.common) common++;
    i += unit.length;
  }
  return {
    encoding,
    wellFormed: true,
    characters,
    commonShare: characters ? common / characters : 0,
  };
}
