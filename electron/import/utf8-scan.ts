/**
 * A byte-level UTF-8 check that reports WHERE the bytes stop being UTF-8. TextDecoder's fatal
 * mode only says "invalid"; the user needs the offset to find the damage, and the decoder needs
 * to know whether the only problem is a sequence cut off at the end of the file.
 */
export interface Utf8Scan {
  valid: boolean;
  /** Byte offset of the first invalid or incomplete sequence, or -1. */
  firstErrorOffset: number;
  /** True when the first error is a multi-byte sequence that is merely cut off by the end of
   * the data (every byte before it is valid). */
  truncatedAtEnd: boolean;
  /** Well-formed sequences of 2-4 bytes; evidence that the data really is UTF-8. */
  multiByteSequences: number;
  /** Invalid or incomplete sequences (counted once per resynchronisation). */
  invalidSequences: number;
}

/** Length of a sequence starting with `lead`, or 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/*
 * The allowed range of the byte after `lead` (excludes overlongs, surrogates, > U+10FFFF). Two
 * functions rather than one returning a pair: this runs per character of every non-UTF-8 file.
 */
function secondByteMin(lead: number): number {
  if (lead === 0xe0) return 0xa0;
  if (lead === 0xf0) return 0x90;
  return 0x80;
}

function secondByteMax(lead: number): number {
  if (lead === 0xed) return 0x9f;
  if (lead === 0xf4) return 0x8f;
  return 0xbf;
}

/**
 * `stopWhenForeign`: stop once the bytes cannot be UTF-8 with a damaged spot or a cut-off end
 * (two or more invalid sequences, and more than one per 50 valid multi-byte sequences even if
 * every byte left formed one): the verdicts drawn from `truncatedAtEnd` and the two counts are then
 * what the whole scan gives, while the counts themselves cover only the bytes scanned. A file in
 * a legacy encoding meets that within its first lines.
 */
export function scanUtf8(bytes: Uint8Array, options: { stopWhenForeign?: boolean } = {}): Utf8Scan {
  let firstErrorOffset = -1;
  let truncatedAtEnd = false;
  let multiByteSequences = 0;
  let invalidSequences = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 1) {
      i++;
      continue;
    }
    let good = length > 0;
    let consumed = 1;
    if (good) {
      const low = secondByteMin(lead);
      const high = secondByteMax(lead);
      for (let k = 1; k < length; k++) {
        if (i + k >= bytes.length) {
          good = false;
          if (firstErrorOffset === -1) truncatedAtEnd = true;
          break;
        }
        const byte = bytes[i + k]!;
        if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) {
          good = false;
          break;
        }
        consumed++;
      }
    }
    if (good) {
      multiByteSequences++;
      i += length;
    } else {
      if (firstErrorOffset === -1) firstErrorOffset = i;
      invalidSequences++;
      i += consumed;
      if (
        options.stopWhenForeign &&
        invalidSequences >= 2 &&
        invalidSequences * 50 > multiByteSequences + (bytes.length - i) / 2
      )
        break;
    }
  }
  return {
    valid: firstErrorOffset === -1,
    firstErrorOffset,
    truncatedAtEnd: firstErrorOffset !== -1 && truncatedAtEnd && invalidSequences === 1,
    multiByteSequences,
    invalidSequences,
  };
}
