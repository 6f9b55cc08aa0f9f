import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * File names are bytes. A folder copied from a Chinese Windows machine or an old archive (GBK
 * names on a Linux filesystem) holds names that are not UTF-8, and Node, reading them as strings,
 * turns each bad byte into U+FFFD: the name it gives then opens nothing (ENOENT). So folders are
 * listed as bytes and files opened by their bytes, and only messages use a name decoded for
 * people to read.
 */

/** Whether the bytes are valid UTF-8 (then the string Node gives is the file's real name). */
export const isUtf8Name = (bytes: Uint8Array): boolean => isUtf8(bytes);

/** C0/C1 controls and U+FFFD: a decoding that produced any of them did not fit the bytes. */
// eslint-disable-next-line no-control-regex
const NOT_CLEAN = /[\u0000-\u001f\u007f-\u009f\ufffd]/u;

/**
 * The name as a person should read it: its UTF-8 when valid, else its GB18030 reading (the
 * encoding Chinese Windows names are in) when that decodes cleanly, else the bytes that are not
 * UTF-8 escaped as `\xB2` among the characters that are.
 */
export function readableName(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  if (isUtf8(buffer)) return buffer.toString('utf8');
  const gb = iconv.decode(buffer, 'gb18030');
  if (!NOT_CLEAN.test(gb)) return gb;
  return escapeInvalidUtf8(buffer);
}

/** The valid UTF-8 sequences as themselves, every other byte as `\xHH`. */
function escapeInvalidUtf8(buffer: Buffer): string {
  let out = '';
  let i = 0;
  while (i < buffer.length) {
    const length = utf8SequenceLength(buffer, i);
    if (length > 0) {
      out += buffer.toString('utf8', i, i + length);
      i += length;
    } else {
      out += `\\x${buffer[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence starting at `at`, or 0 when none starts there. */
function utf8SequenceLength(buffer: Buffer, at: number): number {
  const lead = buffer[at]!;
  const length =
    lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xf4 ? (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4) : 0;
  if (length <= 1 || at + length > buffer.length) return length === 1 ? 1 : 0;
  return isUtf8(buffer.subarray(at, at + length)) ? length : 0;
}
