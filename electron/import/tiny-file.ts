import { fail, type Failure } from './decode-result';

/** What decode.ts's isControl accepts, NUL included, as one character class. */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
export const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/;

/**
 * Below this many bytes (four UTF-16 code units) a file is too little evidence: any two bytes
 * with a zero among them read as one UTF-16 character, and one control byte is half the file.
 */
const MIN_SNIFF_BYTES = 8;

/** Whether no guess at UTF-16 without a byte-order mark may be made for these bytes. */
export const isTooShortToSniff = (bytes: Uint8Array): boolean => bytes.length < MIN_SNIFF_BYTES;

/**
 * A file too short to tell (isTooShortToSniff) that holds a control byte or a zero: binary,
 * saying why, rather than a guess (a 2-byte binary was read as one UTF-16 character). Its
 * byte-order mark, read before this, is what makes a short UTF-16 text readable.
 */
export function tooShortBinary(bytes: Uint8Array): Failure | null {
  if (!CONTROL_CHARACTER.test(Buffer.from(bytes).toString('latin1'))) return null;
  return fail(
    'binary',
    `the file is only ${bytes.length} bytes, one of them a control byte: too short to tell text from binary (a UTF-16 text this short needs its byte-order mark)`,
  );
}
