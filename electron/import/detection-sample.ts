/**
 * What encoding detection looks at. A prefix is not enough: a page whose first 64 KB are ASCII
 * (markup, an English header, a table of numbers) and whose Chinese comes after gave detection
 * nothing to go on, and it guessed a Western encoding. The sample is made of windows spread over
 * the file: around the first non-ASCII byte, in the middle and at the end (the start of the file
 * is in the first window whenever it holds anything but ASCII). A file of up to 64 KB is read
 * whole, from near its first non-ASCII byte on.
 *
 * Windows are cut only just after a byte below 0x30 (newline, space, ASCII punctuation). No
 * byte that low is ever the second, third or fourth byte of a character in GB18030, Big5,
 * Shift_JIS, EUC-JP or EUC-KR, so every window starts and ends on a character boundary and
 * detection reads it as the file would be read. A window with no such byte near its edges is
 * left out rather than cut mid-character.
 */

/** Files up to this size are their own sample. */
export const WHOLE_FILE_SAMPLE_BYTES = 64 * 1024;
/** Size of each window of a larger file. */
const WINDOW_BYTES = 16 * 1024;
/** Context kept before the first non-ASCII byte. */
const LEAD_IN_BYTES = 256;
/** How far from a window's edge a boundary byte is looked for. */
const BOUNDARY_SEARCH_BYTES = 4 * 1024;
const NEWLINE = 0x0a;

export interface DetectionSample {
  bytes: Uint8Array;
  /** True when the sample is the whole file, or all of it from near its first non-ASCII byte. */
  whole: boolean;
}

const isBoundary = (byte: number): boolean => byte < 0x30;

export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** The first character boundary at or after `from` (within reach), or -1. */
function boundaryAfter(bytes: Uint8Array, from: number): number {
  if (from <= 0) return 0;
  const limit = Math.min(bytes.length, from + BOUNDARY_SEARCH_BYTES);
  for (let i = from; i < limit; i++) if (isBoundary(bytes[i - 1]!)) return i;
  return -1;
}

/** The last character boundary at or before `to` (within reach), or -1. */
function boundaryBefore(bytes: Uint8Array, to: number): number {
  if (to >= bytes.length) return bytes.length;
  const limit = Math.max(1, to - BOUNDARY_SEARCH_BYTES);
  for (let i = to; i >= limit; i--) if (isBoundary(bytes[i - 1]!)) return i;
  return -1;
}

export function detectionSample(bytes: Uint8Array): DetectionSample {
  const first = Math.max(0, firstNonAscii(bytes));
  if (bytes.length <= WHOLE_FILE_SAMPLE_BYTES) {
    // The ASCII before the first non-ASCII byte says nothing about the encoding but would fill
    // chardet's share of the sample.
    const start = boundaryAfter(bytes, first - LEAD_IN_BYTES);
    return { bytes: start > 0 ? bytes.subarray(start) : bytes, whole: true };
  }
  const middle = Math.floor(bytes.length / 2);
  const wanted: [number, number][] = [
    [first - LEAD_IN_BYTES, first - LEAD_IN_BYTES + WINDOW_BYTES],
    [middle - WINDOW_BYTES / 2, middle + WINDOW_BYTES / 2],
    [bytes.length - WINDOW_BYTES, bytes.length],
  ];
  const windows: [number, number][] = [];
  for (const [from, to] of wanted.sort((a, b) => a[0] - b[0])) {
    const start = boundaryAfter(bytes, Math.max(0, from));
    const end = boundaryBefore(bytes, Math.min(bytes.length, to));
    if (start === -1 || end === -1 || end <= start) continue;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  // The window with the first non-ASCII byte goes first: chardet reads only the sample's start.
  const firstWindow = Math.max(
    0,
    windows.findIndex(([, end]) => end > first),
  );
  windows.push(...windows.splice(0, firstWindow));
  const size = windows.reduce((sum, [start, end]) => sum + (end - start) + 1, 0);
  const sample = new Uint8Array(Math.max(0, size - 1));
  let at = 0;
  windows.forEach(([start, end], index) => {
    if (index > 0) sample[at++] = NEWLINE;
    sample.set(bytes.subarray(start, end), at);
    at += end - start;
  });
  return { bytes: sample, whole: false };
}
