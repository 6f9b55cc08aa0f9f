import fs from 'node:fs';
import { decodeBytes } from './decode';
import type { PageHints } from '../../shared/pages/plan-page';
import { readHtmlPage } from './html-page';
import { sniffHtmlCharset } from './html-charset';
import type { ImportFile, SkippedFile } from './types';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A file read and decoded, ready to be stored as a document. */
export interface DecodedFile {
  file: ImportFile;
  /** The document text: the decoded file, or for HTML the extracted visible text. */
  text: string;
  encoding: string;
  confidence: number;
  bom: boolean;
  /** The bytes as read: the source of truth for HTML and for re-decoding with another encoding. */
  bytes: Buffer;
  /** The HTML <title>, for HTML files. */
  title?: string | null;
  /** What an HTML page's markup says about its text: main content, headline (./html-page). */
  hints?: PageHints;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** null when the size is within the limit, otherwise why not (the caller adds the file name). */
export function checkFileSize(
  size: number,
  limitBytes = DEFAULT_MAX_BYTES,
): { reason: 'too-large'; message: string } | null {
  if (size <= limitBytes) return null;
  return {
    reason: 'too-large',
    message: `the file is ${formatSize(size)}, over the ${formatSize(limitBytes)} limit`,
  };
}

/**
 * Reads one file and decodes it, or says why it was skipped. The size the listing found is
 * checked before reading, so a file known to be huge is never loaded into memory, and the bytes
 * read are checked again in case the file grew in between. The read is synchronous: a promise
 * read costs 0.15–0.3 ms of CPU per small file in round trips to the thread pool (about 15 µs
 * read in place), every caller reads one file after another anyway, and decoding the bytes
 * blocks longer than reading them.
 */
export async function readAndDecodeFile(
  file: ImportFile,
  options: { maxBytes: number; forceEncoding?: string },
): Promise<DecodedFile | SkippedFile> {
  const skipped = (reason: SkippedFile['reason'], message: string): SkippedFile => ({
    path: file.path,
    name: file.name,
    reason,
    message: `${file.name}: ${message}`,
  });

  const tooLarge = checkFileSize(file.size, options.maxBytes);
  if (tooLarge) return skipped(tooLarge.reason, tooLarge.message);
  let bytes: Buffer;
  try {
    // A name that is not UTF-8 opens only by its bytes (a worker hands them over as a Uint8Array).
    bytes = fs.readFileSync(file.rawPath ? Buffer.from(file.rawPath) : file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return skipped('not-found', 'the file no longer exists');
    return skipped('unreadable', `the file could not be read (${code ?? String(error)})`);
  }
  const grown = checkFileSize(bytes.length, options.maxBytes);
  if (grown) return skipped(grown.reason, grown.message);

  const decoded = decodeBytes(bytes, {
    forceEncoding: options.forceEncoding,
    declaredEncoding: file.kind === 'html' ? (sniffHtmlCharset(bytes) ?? undefined) : undefined,
  });
  if (!decoded.ok) return skipped(decoded.reason, decoded.message);

  const base = {
    file,
    encoding: decoded.encoding,
    confidence: decoded.confidence,
    bom: decoded.bom,
    bytes,
  };
  if (file.kind !== 'html') {
    // A blank article would be stored, counted and exported with nothing in it to curate.
    if (isBlank(decoded.text)) return skipped('empty', 'the file holds only white space');
    return { ...base, text: decoded.text };
  }
  const { text, title, hints } = readHtmlPage(decoded.text);
  // Frames, an empty body or markup only: a page with nothing a reader would see.
  if (isBlank(text)) return skipped('empty', 'the page has no visible text');
  return { ...base, text, title, hints };
}

/** Only spaces, line breaks and invisible format characters (BOM, zero-width, direction marks). */
function isBlank(text: string): boolean {
  return !/[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u.test(text);
}

/** Narrows a readAndDecodeFile result. */
export function isDecodedFile(result: DecodedFile | SkippedFile): result is DecodedFile {
  return 'text' in result;
}
