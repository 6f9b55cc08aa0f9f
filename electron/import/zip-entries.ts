import { inflateRawSync } from 'node:zlib';

/**
 * Reads the files of a ZIP archive (an XLSX workbook is one) from its central directory, with
 * Node's own inflate: no dependency, and every size bounded before anything is inflated, so a
 * crafted archive (a "zip bomb", a size that lies) is refused with a message instead of filling
 * memory. Only what workbooks use is read: stored and deflated entries, no encryption, no ZIP64.
 */

/** Why an archive cannot be read; `message` is for people and starts with the file's name. */
export class ZipError extends Error {
  constructor(
    message: string,
    /** not-zip: no archive at all; too-big: an entry past the limit; damaged: anything else. */
    readonly kind: 'not-zip' | 'too-big' | 'damaged' = 'damaged',
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  /**
   * @param bytes the archive
   * @param fileName named in every error
   * @param maxEntrySize the largest size one inflated entry may have
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
    private readonly maxEntrySize: number,
  ) {
    for (const entry of this.directory()) this.byName.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** How many entries the directory lists. */
  get entryCount(): number {
    return this.byName.size;
  }

  /** The unpacked sizes the directory declares, all entries together (read enforces each). */
  get declaredTotalSize(): number {
    let total = 0;
    for (const entry of this.byName.values()) total += entry.size;
    return total;
  }

  /** The entry's bytes inflated; undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const where = `${this.fileName}: ${name}`;
    if (entry.encrypted)
      throw new ZipError(`${where} is encrypted; save the workbook without a password.`);
    if (entry.size > this.maxEntrySize) {
      throw new ZipError(
        `${where} is ${megabytes(entry.size)} unpacked, more than the ${megabytes(this.maxEntrySize)} a word list may have.`,
        'too-big',
      );
    }
    const view = this.view();
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
      throw new ZipError(`${where}: the archive is damaged (no local header at byte ${at}).`);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) {
      throw new ZipError(`${where}: the archive is cut short (the entry runs past its end).`);
    }
    const packed = this.bytes.subarray(start, end);
    if (entry.method === 0) return packed;
    if (entry.method !== 8) {
      throw new ZipError(`${where} is packed with method ${entry.method}; only deflate is read.`);
    }
    try {
      // maxOutputLength: a size field that lies cannot make inflate allocate more than allowed.
      return inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      throw new ZipError(`${where} cannot be unpacked: ${(error as Error).message}`);
    }
  }

  private view(): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  private directory(): ZipEntry[] {
    const view = this.view();
    const notZip = new ZipError(
      `${this.fileName} is not an Excel workbook (.xlsx): it is not a ZIP archive.`,
      'not-zip',
    );
    let end = -1;
    for (let i = this.bytes.length - 22; i >= Math.max(0, this.bytes.length - END_SEARCH); i--) {
      if (view.getUint32(i, true) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw notZip;
    const count = view.getUint16(end + 10, true);
    const offset = view.getUint32(end + 16, true);
    if (count === 0xffff || offset === 0xffffffff) {
      throw new ZipError(
        `${this.fileName} is a ZIP64 archive, larger than a word list may be.`,
        'too-big',
      );
    }
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let n = 0; n < count; n++) {
      if (at + 46 > this.bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
        throw new ZipError(
          `${this.fileName}: the archive's directory is damaged (entry ${n + 1}).`,
        );
      }
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(this.bytes.subarray(at + 46, at + 46 + nameLength));
      entries.push({
        name,
        encrypted: (view.getUint16(at + 8, true) & 1) === 1,
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return entries;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
