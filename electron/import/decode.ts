import chardet from 'chardet';
import iconv from 'iconv-lite';
import { scoreCjkReading } from './cjk-score';
import { detectionSample, type DetectionSample } from './detection-sample';
import {
  CJK_ENCODINGS,
  canonicalEncoding,
  isEscapeEncoding,
  isSupportedEncoding,
  unknownEncodingMessage,
} from './encoding-names';
import { decodeEscapeEncoding, sniffEscapeEncoding, type EscapeEncoding } from './escape-encodings';
import { HANZI_STATS_UNITS, readsAsChinese } from './frequent-hanzi';
import { findMojibake } from './mojibake';
import { scanUtf8 } from './utf8-scan';
import { sniffHanziUtf16, validUtf8MayBeHanziUtf16 } from './utf16-hanzi';
import { fail, type DecodeResult, type Failure } from './decode-result';
import { decodeUnicode, readBom, strictUtf8 } from './unicode-decode';
import { sniffUtf16 } from './utf16-sniff';
import { CONTROL_CHARACTER, isTooShortToSniff, tooShortBinary } from './tiny-file';

export type { DecodeFailure, DecodeResult } from './decode-result';

export interface DecodeOptions {
  /** Decode with this encoding, no guessing (the user's "re-decode as ..."). */
  forceEncoding?: string;
  /** What the file says about itself (an HTML <meta charset>); tried before detection. */
  declaredEncoding?: string;
}

/** Below this a detection is a guess, and a wrong guess silently corrupts every offset. */
export const MIN_CONFIDENCE = 0.3;
/** chardet at or above this has committed to an answer (it jumps to 1.0 at ~16 CJK chars). */
const STRONG_CONFIDENCE = 0.5;
/** A CJK reading needs this share of characters in the encoding's frequent block. */
const MIN_CJK_COMMON_SHARE = 0.8;
/** A short CJK reading is never reported as surer than this. */
const MAX_CJK_HEURISTIC_CONFIDENCE = 0.6;
/** The binary check looks at the start of the file; decoding always covers all of it. */
const BINARY_SAMPLE_BYTES = 64 * 1024;
/**
 * chardet's share of the detection sample (detection-sample.ts), which starts at the first
 * non-ASCII bytes. Its cost grows with the sample (~10 ms for 64 KB) while its answers settle
 * within the first few hundred characters; the frequent-block scoring reads the whole sample.
 */
const CHARDET_SAMPLE_BYTES = 4 * 1024;
/** Confidence reported for such a reading: the evidence is strong, but it is not chardet's. */
const CHINESE_READING_CONFIDENCE = 0.95;
/** Control characters (other than tab, newlines, form feed, escape) allowed in a text. */
const MAX_CONTROL_SHARE = 0.05;

const percent = (confidence: number): string => `${Math.round(confidence * 100)}%`;

/**
 * The text of a file. Without a forced encoding the encoding is detected, and a text that reads
 * like mojibake is refused (findMojibake) so the user can choose the encoding; a forced encoding
 * is the user's decision and only has to fit the bytes.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return fail('empty', 'the file is empty');
  if (options.forceEncoding !== undefined) return decodeForced(bytes, options.forceEncoding);
  return refuseMojibake(checkText(decodeDetected(bytes, options)));
}

function decodeDetected(bytes: Uint8Array, options: DecodeOptions): DecodeResult {
  const bom = readBom(bytes);
  if (bom) return decodeUnicode(bytes.subarray(bom.length), bom.encoding, true);

  const tiny = isTooShortToSniff(bytes);
  if (tiny && tooShortBinary(bytes)) return tooShortBinary(bytes)!;
  const utf8 = strictUtf8(bytes);
  // All-hanzi UTF-16 has few or no zero bytes (those of U+xx00 put sniffUtf16's parity the wrong
  // way round) and may look binary, so it is tried first. Printable ASCII is left to be ASCII:
  // a few hanzi can read as ASCII letters (作中着手 is "\O-N@wKb" in UTF-16LE) and so can a word.
  const hanzi16 =
    !tiny && (utf8 === null || validUtf8MayBeHanziUtf16(utf8)) ? sniffHanziUtf16(bytes) : null;
  if (hanzi16) return decodeUnicode(bytes, hanzi16, false, 0.8);

  const utf16 = tiny ? null : sniffUtf16(bytes);
  if (utf16) return decodeUnicode(bytes, utf16, false, 0.9);

  // 7-bit data with ISO-2022 or HZ escapes is also valid UTF-8: it must be caught first.
  const escaped = sniffEscapeEncoding(bytes);
  if (escaped) return decodeEscaped(bytes, escaped, 0.9);

  // Control bytes are ASCII, which valid UTF-8 holds only as itself: a UTF-8 text without a
  // control character has no control byte, and the byte count is not needed.
  const controlFree = utf8 !== null && !CONTROL_CHARACTER.test(utf8);
  if (!controlFree && looksBinary(bytes.subarray(0, BINARY_SAMPLE_BYTES))) {
    return fail('binary', 'the file looks binary (NUL bytes or many control characters), not text');
  }

  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', confidence: 1, bom: false };
  // Stops early once the bytes are plainly another encoding: nothing below then applies.
  const scan = scanUtf8(bytes, { stopWhenForeign: true });
  // Clearly UTF-8 with a damaged spot: refuse rather than guess another encoding or insert U+FFFD.
  const cutTail = scan.truncatedAtEnd && scan.multiByteSequences > 0;
  const damaged =
    scan.multiByteSequences >= 8 && scan.invalidSequences * 50 <= scan.multiByteSequences;
  if (cutTail || damaged) {
    const what = cutTail
      ? 'ends in the middle of a multi-byte character'
      : 'has an invalid byte sequence';
    return fail(
      'undecodable',
      `the file is UTF-8 but ${what} at byte offset ${scan.firstErrorOffset}` +
        (cutTail ? ' (it was probably cut off)' : ''),
    );
  }

  const declaredEncoding = declaredLegacyEncoding(options.declaredEncoding);
  if (declaredEncoding) {
    const declared = decodeLegacy(bytes, declaredEncoding, 0.9);
    if (declared.ok && !findMojibake(declared.text)) return declared;
  }
  return detect(bytes);
}

/**
 * The 8-bit encoding a page declares, as browsers read it: "iso-8859-1" and "us-ascii" mean
 * windows-1252 (read literally, its curly quotes become C1 controls). An escape encoding
 * declared by bytes that are not 7-bit cannot be right, and is ignored.
 */
function declaredLegacyEncoding(label: string | undefined): string | null {
  if (!label || !isSupportedEncoding(label)) return null;
  const encoding = canonicalEncoding(label);
  if (isEscapeEncoding(encoding)) return null;
  return ['iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(label.trim().toLowerCase())
    ? 'windows-1252'
    : encoding;
}

/** How to tell the user to choose the encoding, in the CLI and in the import dialog. */
export const CHOOSE_ENCODING_HINT = 'choose the encoding with --encoding or "Decode as…"';

function mojibakeFailure(text: string, encoding: string): Failure | null {
  const found = findMojibake(text);
  if (!found) return null;
  return fail(
    'mojibake',
    `looks like mojibake when read as ${encoding}: ${found.what} at character ${found.index}; ${CHOOSE_ENCODING_HINT}`,
  );
}

function refuseMojibake(result: DecodeResult): DecodeResult {
  if (!result.ok) return result;
  return mojibakeFailure(result.text, result.encoding) ?? result;
}

function decodeEscaped(
  bytes: Uint8Array,
  encoding: EscapeEncoding,
  confidence: number,
): DecodeResult {
  const decoded = decodeEscapeEncoding(bytes, encoding);
  if (!decoded.ok)
    return fail(decoded.unsupported ? 'unsupported-encoding' : 'undecodable', decoded.message);
  return { ok: true, text: decoded.text, encoding, confidence, bom: false };
}

function isControl(code: number): boolean {
  return (
    (code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0c &&
      code !== 0x0d &&
      code !== 0x1b) ||
    code === 0x7f
  );
}

/** 1 for each byte isControl accepts: the binary check adds them up without a branch. */
const CONTROL_BYTES = Uint8Array.from({ length: 256 }, (_, byte) => (isControl(byte) ? 1 : 0));

/** Raw-byte check for ASCII-compatible data: NUL never occurs in text, controls rarely do. */
function looksBinary(sample: Uint8Array): boolean {
  if (sample.includes(0)) return true;
  // Latin-1 maps each byte to the character of the same number: one native scan finds that
  // most files have no control byte at all, where a loop in JavaScript visits every byte.
  const asLatin1 = Buffer.from(sample.buffer, sample.byteOffset, sample.length).toString('latin1');
  if (!CONTROL_CHARACTER.test(asLatin1)) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) controls += CONTROL_BYTES[sample[i]!]!;
  return controls > 1 && controls > sample.length * MAX_CONTROL_SHARE;
}

/** The same check on decoded text, for UTF-16 and forced decodes. */
function checkText(result: DecodeResult): DecodeResult {
  if (!result.ok) return result;
  const text = result.text;
  // Nearly every text has no control character at all: one native scan says so.
  if (!CONTROL_CHARACTER.test(text)) return result;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0)
      return fail('binary', 'the file looks binary (it contains NUL characters), not text');
    if (isControl(code)) controls++;
  }
  if (controls > 1 && controls > text.length * MAX_CONTROL_SHARE) {
    return fail('binary', 'the file looks binary (many control characters), not text');
  }
  return result;
}

/** Decodes with iconv-lite; a U+FFFD in the output means the bytes are not in this encoding. */
function decodeLegacy(bytes: Uint8Array, encoding: string, confidence: number): DecodeResult {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, {
    stripBOM: false,
  });
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    return fail(
      'low-confidence',
      `decoding as ${encoding} (${percent(confidence)} sure) gives an invalid character at character ${bad}`,
    );
  }
  return { ok: true, text, encoding, confidence, bom: false };
}

function decodeForced(bytes: Uint8Array, label: string): DecodeResult {
  const unknown = unknownEncodingMessage(label);
  if (unknown !== null) return fail('unknown-encoding', unknown);
  const encoding = canonicalEncoding(label);
  if (isEscapeEncoding(encoding)) return checkText(decodeEscaped(bytes, encoding, 1));
  const bom = readBom(bytes);
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const stripped = bom?.encoding === encoding;
    return checkText(
      decodeUnicode(stripped ? bytes.subarray(bom.length) : bytes, encoding, stripped),
    );
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, {
    stripBOM: false,
  });
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    // The valid text before it, encoded again, is as long as the bytes it came from.
    const offset = iconv.encode(text.slice(0, bad), encoding).length;
    return fail(
      'undecodable',
      `the file is not valid ${encoding}: byte offset ${offset} (character ${bad}) is not a character of ${encoding}`,
    );
  }
  return checkText({ ok: true, text, encoding, confidence: 1, bom: false });
}

interface Candidate {
  encoding: string;
  confidence: number;
}

/** chardet's ranking, restricted to encodings that could still apply and that iconv-lite has. */
function chardetCandidates(sample: Uint8Array): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const match of chardet.analyse(sample)) {
    const encoding = canonicalEncoding(match.name);
    // UTF-32 needs zero bytes in every character, which made the data binary above.
    if (encoding === 'utf-8' || /^utf-(16|32)/.test(encoding) || seen.has(encoding)) continue;
    if (!iconv.encodingExists(encoding)) continue;
    seen.add(encoding);
    candidates.push({ encoding, confidence: match.confidence / 100 });
  }
  return candidates;
}

/** The most plausible East Asian reading of a short sample (ties go to the Chinese encodings). */
function bestCjkReading(sample: Uint8Array): Candidate | null {
  let best: Candidate | null = null;
  for (const encoding of CJK_ENCODINGS) {
    const score = scoreCjkReading(sample, encoding);
    if (!score.wellFormed || score.characters === 0 || score.commonShare < MIN_CJK_COMMON_SHARE) {
      continue;
    }
    // A few characters prove little: confidence grows with the count up to 8 characters.
    const confidence = Math.min(
      MAX_CJK_HEURISTIC_CONFIDENCE,
      score.commonShare * Math.min(1, score.characters / 8),
    );
    if (!best || confidence > best.confidence) best = { encoding, confidence };
  }
  return best;
}

const isCjk = (encoding: string): boolean => cjkOrder(encoding) < CJK_ENCODINGS.length;

/**
 * Most non-UTF-8 files a Chinese user imports are GBK/GB18030. A strict decode costs a fraction
 * of a millisecond, chardet many, so the Chinese reading is tried first and kept when it decodes
 * cleanly and reads as Chinese; anything less goes through full detection.
 */
function clearlyChinese(bytes: Uint8Array, sample: DetectionSample): DecodeResult | null {
  if (sample.whole) {
    // A small file: decoded once, and judged from its first non-ASCII character on.
    const result = decodeLegacy(bytes, 'gb18030', CHINESE_READING_CONFIDENCE);
    if (!result.ok) return null;
    const firstNonAscii = Math.max(0, result.text.search(/[^\t\n\r\x20-\x7e]/));
    // Only the opening that readsAsChinese reads is cut out, not the rest of the page.
    const opening = result.text.slice(firstNonAscii, firstNonAscii + HANZI_STATS_UNITS);
    return readsAsChinese(opening) ? result : null;
  }
  // A large file: the sample says whether it is Chinese before the whole of it is decoded.
  const { bytes: part } = sample;
  const sampleText = iconv.decode(
    Buffer.from(part.buffer, part.byteOffset, part.length),
    'gb18030',
  );
  if (!readsAsChinese(sampleText)) return null;
  const result = decodeLegacy(bytes, 'gb18030', CHINESE_READING_CONFIDENCE);
  return result.ok ? result : null;
}

function detect(bytes: Uint8Array): DecodeResult {
  // The sample starts and ends on character boundaries, so no character in it is cut.
  const detection = detectionSample(bytes);
  const chinese = clearlyChinese(bytes, detection);
  if (chinese) return chinese;
  const sample = detection.bytes;
  const candidates = chardetCandidates(sample.subarray(0, CHARDET_SAMPLE_BYTES));
  const cjk = bestCjkReading(sample);

  // Firm answers: chardet's, plus the frequent-block reading. chardet often rates GBK text
  // 100% EUC-KR or EUC-JP as well as (or instead of) GB18030, so answers are ordered first by
  // how plausible each CJK reading is (in steps of 10%, so noise does not override chardet),
  // then by rating, then Chinese first. A Western single-byte answer is not taken when a CJK
  // reading is plausible: short CJK text often looks like windows-1252 or KOI8-R to chardet.
  const firm = candidates
    .filter((c) => c.confidence >= STRONG_CONFIDENCE && (!cjk || isCjk(c.encoding)))
    .concat(
      cjk &&
        cjk.confidence >= MIN_CONFIDENCE &&
        !candidates.some((c) => c.encoding === cjk.encoding && c.confidence >= STRONG_CONFIDENCE)
        ? [cjk]
        : [],
    )
    .map((c, rank) => ({ ...c, rank, plausibility: cjkPlausibility(sample, c.encoding) }))
    .sort(
      (a, b) =>
        Math.round(b.plausibility * 10) - Math.round(a.plausibility * 10) ||
        b.confidence - a.confidence ||
        cjkOrder(a.encoding) - cjkOrder(b.encoding) ||
        a.rank - b.rank,
    );
  let firstFailure: Failure | null = null;
  for (const candidate of firm) {
    const result = decodeCandidate(bytes, candidate);
    if (result.ok) return result;
    firstFailure ??= result;
  }
  if (firstFailure) return firstFailure;

  // Weak Western guesses only when nothing East Asian is plausible at all.
  let mojibake: Failure | null = null;
  for (const candidate of cjk ? [] : candidates) {
    if (candidate.confidence < MIN_CONFIDENCE) break;
    const result = decodeCandidate(bytes, candidate);
    if (result.ok) return result;
    if (result.reason === 'mojibake') mojibake ??= result;
  }
  if (mojibake) return mojibake;

  const guess = [cjk, candidates[0]]
    .filter((c): c is Candidate => c !== null && c !== undefined)
    .sort((a, b) => b.confidence - a.confidence)[0];
  return fail(
    'low-confidence',
    guess
      ? `could not tell the encoding; the best guess, ${guess.encoding}, is only ${percent(guess.confidence)} sure; ${CHOOSE_ENCODING_HINT}`
      : `could not tell the encoding; ${CHOOSE_ENCODING_HINT}`,
  );
}

/** A candidate's reading of the whole file; one that reads as mojibake is not an answer. */
function decodeCandidate(
  bytes: Uint8Array,
  candidate: Candidate,
): (DecodeResult & { ok: true }) | Failure {
  const result = decodeLegacy(bytes, candidate.encoding, candidate.confidence);
  if (!result.ok) return result as Failure;
  return mojibakeFailure(result.text, result.encoding) ?? result;
}

/** Share of characters in the encoding's frequent block; -1 for non-East-Asian encodings. */
function cjkPlausibility(sample: Uint8Array, encoding: string): number {
  const order = cjkOrder(encoding);
  if (order === CJK_ENCODINGS.length) return -1;
  const score = scoreCjkReading(sample, CJK_ENCODINGS[order]!);
  return score.wellFormed ? score.commonShare : 0;
}

/** Position in the tie-break order (Chinese first); non-CJK encodings sort last. */
function cjkOrder(encoding: string): number {
  const order = (CJK_ENCODINGS as readonly string[]).indexOf(encoding);
  return order === -1 ? CJK_ENCODINGS.length : order;
}
