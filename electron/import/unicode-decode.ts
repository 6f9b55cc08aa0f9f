/**
 * Strict decoding of the Unicode encodings (UTF-8, UTF-16 of either byte order): a malformed
 * sequence is reported with its byte offset, never replaced, so no offset is silently shifted.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { fail, type DecodeResult } from './decode-result';
import { scanUtf8 } from './utf8-scan';
import type { Utf16Order } from './utf16-sniff';

export function readBom(
  bytes: Uint8Array,
): { encoding: 'utf-8' | Utf16Order; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The text of valid UTF-8, or null. Node's native validator rejects exactly what scanUtf8 (and
 * a fatal TextDecoder) does, many times faster, without the exception a fatal decoder throws on
 * every GBK file; decoding valid bytes then keeps a BOM as U+FEFF, as `ignoreBOM` did. The
 * byte-level scan runs only to explain a failure.
 */
export function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

/** Strict Unicode decoding: any malformed sequence is reported, never replaced. */
export function decodeUnicode(
  bytes: Uint8Array,
  encoding: 'utf-8' | Utf16Order,
  bom: boolean,
  confidence = 1,
): DecodeResult {
  if (encoding === 'utf-8') {
    const text = strictUtf8(bytes);
    if (text !== null) return { ok: true, text, encoding, confidence, bom };
    const scan = scanUtf8(bytes);
    return fail(
      'undecodable',
      `invalid UTF-8 at byte offset ${Math.max(0, scan.firstErrorOffset) + (bom ? 3 : 0)}` +
        (scan.truncatedAtEnd ? ' (the file ends in the middle of a character)' : ''),
    );
  }
  const offset = bom ? 2 : 0;
  if (bytes.length % 2 !== 0) {
    return fail(
      'undecodable',
      `the file is ${encoding.toUpperCase()} but has an odd number of bytes: the last byte (offset ${offset + bytes.length - 1}) is half a character`,
    );
  }
  const little = encoding === 'utf-16le' ? bytes : swapPairs(bytes);
  const badUnit = findUnpairedSurrogate(little);
  if (badUnit !== -1) {
    return fail(
      'undecodable',
      `invalid ${encoding.toUpperCase()}: unpaired surrogate at byte offset ${offset + badUnit * 2}`,
    );
  }
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(little);
  return { ok: true, text, encoding, confidence, bom };
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

/** Index (in code units) of the first unpaired surrogate of little-endian UTF-16, or -1. */
function findUnpairedSurrogate(little: Uint8Array): number {
  const units = little.length / 2;
  for (let k = 0; k < units; k++) {
    const unit = little[2 * k]! | (little[2 * k + 1]! << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = k + 1 < units ? little[2 * k + 2]! | (little[2 * k + 3]! << 8) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) k++;
      else return k;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return k;
    }
  }
  return -1;
}
