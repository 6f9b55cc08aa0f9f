import { once } from 'node:events';
import fs from 'node:fs';
import type { TransformOptions } from 'node:stream';
import zlib from 'node:zlib';

/**
 * A zip file written front to back into a stream, one deflated entry after another, each
 * streamed as it is produced (sizes and CRC in a data descriptor after the data), the central
 * directory at the end. Every entry carries the same fixed date, so the same content gives the
 * same bytes. No zip64: an entry or archive past 4 GiB is refused by name rather than written
 * into a file readers would misread.
 */

/** MS-DOS date of 1980-01-01 00:00, the format's epoch ("no date"). */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
const DOS_TIME_MIDNIGHT = 0;
const UTF8_NAMES_AND_DESCRIPTOR = 0x0800 | 0x0008;
const DEFLATE = 8;
const LIMIT = 0xffff_ffff;

/**
 * zlib level. The values sheet of 10,000 scale-project articles (236 MB of XML) deflates in
 * 0.92 s of CPU to 33.5 MB at level 2, 1.22 s to 32.6 MB at 3, 2.57 s to 28.4 MB at 6 (the
 * default); level 1 saves nothing more (0.90 s) and gives 34.9 MB.
 */
const DEFAULT_LEVEL = 2;

interface WrittenEntry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** An entry being written: its text as it comes, then `end()`. */
export interface ZipEntryWriter {
  /** Text (encoded as UTF-8) or bytes. */
  write(content: string | Buffer): Promise<void>;
  end(): Promise<void>;
  /** Stops deflating after a failure (the zip itself is then abandoned by its owner). */
  abandon(): void;
}

export class ZipStreamWriter {
  private offset = 0;
  private readonly entries: WrittenEntry[] = [];
  private open = false;

  /**
   * `write` takes the zip's bytes in order and resolves when the next may come (an atomic
   * output's write: it hashes them as they pass, where the file was read back to hash it).
   */
  constructor(
    private readonly write: (bytes: Buffer) => Promise<void>,
    private readonly level = DEFAULT_LEVEL,
  ) {}

  /**
   * One entry, its content given by `produce` through `write` (which waits while the zip or the
   * file is behind). Entries are written one at a time: await each before the next.
   */
  async entry(
    name: string,
    produce: (write: (text: string) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const entry = await this.begin(name);
    await produce((text) => entry.write(text));
    await entry.end();
  }

  /**
   * Starts an entry written piece by piece while the caller does other work (the XLSX values
   * sheet, filled in the same pass as the spooled articles sheet). No other entry may begin
   * before its `end()`.
   */
  async begin(name: string): Promise<ZipEntryWriter> {
    if (this.open) throw new Error(`${name}: the zip's previous entry has not ended`);
    this.open = true;
    const start = this.offset;
    await this.raw(localHeader(Buffer.from(name, 'utf8')));
    const deflated = new DeflatedText(name, this.level, (chunk) => this.raw(chunk));
    return {
      write: (content) => deflated.write(content),
      end: async () => {
        const sums = await deflated.end();
        await this.close(name, start, sums);
      },
      abandon: () => deflated.destroy(),
    };
  }

  /** An entry deflated earlier into a spool file (see DeflatedSpool), copied in as it is. */
  async spooledEntry(name: string, spool: DeflatedSpool): Promise<void> {
    if (this.open) throw new Error(`${name}: the zip's previous entry has not ended`);
    const start = this.offset;
    await this.raw(localHeader(Buffer.from(name, 'utf8')));
    const sums = await spool.end();
    for await (const chunk of fs.createReadStream(spool.path)) await this.raw(chunk as Buffer);
    fs.rmSync(spool.path, { force: true });
    await this.close(name, start, sums);
  }

  private async close(name: string, start: number, sums: DeflateSums): Promise<void> {
    await this.raw(dataDescriptor(sums.crc, sums.compressed, sums.size));
    if (this.offset > LIMIT)
      throw new Error(`The zip is larger than 4 GiB at ${name}, which needs zip64`);
    this.entries.push({ name: Buffer.from(name, 'utf8'), offset: start, ...sums });
    this.open = false;
  }

  /** Writes the central directory; the caller ends the stream. */
  async finish(): Promise<void> {
    const directoryStart = this.offset;
    for (const entry of this.entries) await this.raw(centralEntry(entry));
    await this.raw(
      endOfDirectory(this.entries.length, this.offset - directoryStart, directoryStart),
    );
  }

  private async raw(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    await this.write(bytes);
  }
}

/**
 * Text the deflater may hold before `write` waits. zlib compresses on a worker thread: with its
 * default 16 KiB every 64 K-character chunk of sheet XML waited for its own compression, so
 * building the XML and compressing it never overlapped.
 */
const INPUT_AHEAD_BYTES = 4 * 1024 * 1024;

/** Compressed bytes per chunk handed to the sink (zlib's default is 16 KiB). */
const OUTPUT_CHUNK_BYTES = 256 * 1024;

interface DeflateSums {
  crc: number;
  compressed: number;
  size: number;
}

/** Text deflated as it is written, each compressed chunk handed to `sink` in order. */
class DeflatedText {
  private readonly deflate: zlib.DeflateRaw;
  private crc = 0;
  private size = 0;
  private compressed = 0;
  /** The sink's writes, chained so chunks keep their order and the deflater waits for them. */
  private sinking: Promise<void> = Promise.resolve();
  private readonly ended: Promise<unknown>;

  constructor(
    private readonly name: string,
    level: number,
    sink: (chunk: Buffer) => Promise<void>,
  ) {
    // zlib hands its options on to the stream (Transform), which takes the high-water mark.
    const options: zlib.ZlibOptions & TransformOptions = {
      level,
      chunkSize: OUTPUT_CHUNK_BYTES,
      writableHighWaterMark: INPUT_AHEAD_BYTES,
    };
    this.deflate = zlib.createDeflateRaw(options);
    this.deflate.on('data', (chunk: Buffer) => {
      this.compressed += chunk.length;
      this.deflate.pause();
      this.sinking = this.sinking.then(() => sink(chunk)).finally(() => this.deflate.resume());
    });
    this.ended = once(this.deflate, 'end');
  }

  async write(content: string | Buffer): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    if (this.size > LIMIT)
      throw new Error(`${this.name} is larger than 4 GiB, which a zip without zip64 cannot hold`);
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  /** Stops the deflater without finishing the entry (after a failure). */
  destroy(): void {
    this.deflate.destroy();
    // The zip's own output is being abandoned too: a write of it still on its way fails, and
    // nobody is left to hear it.
    this.sinking.catch(() => undefined);
  }

  async end(): Promise<DeflateSums> {
    this.deflate.end();
    await this.ended;
    await this.sinking;
    return { crc: this.crc, compressed: this.compressed, size: this.size };
  }
}

/**
 * An entry deflated into a file of its own while another entry is being written (the XLSX
 * values sheet, written in the same pass over the records as the articles sheet), then copied
 * into the zip by spooledEntry. Memory stays flat; the disk holds the compressed bytes once more.
 */
export class DeflatedSpool {
  private readonly file: fs.WriteStream;
  private readonly text: DeflatedText;
  private sums: Promise<DeflateSums> | null = null;

  constructor(
    readonly path: string,
    name: string,
    level = DEFAULT_LEVEL,
  ) {
    this.file = fs.createWriteStream(path);
    this.text = new DeflatedText(name, level, async (chunk) => {
      if (!this.file.write(chunk)) await once(this.file, 'drain');
    });
  }

  write(content: string | Buffer): Promise<void> {
    return this.text.write(content);
  }

  /** Finishes the spool (once; later calls answer the same sums). */
  end(): Promise<DeflateSums> {
    this.sums ??= this.text.end().then(async (sums) => {
      await new Promise<void>((resolve, reject) =>
        this.file.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      return sums;
    });
    return this.sums;
  }

  /** Removes the spool file (after a failure). */
  async discard(): Promise<void> {
    await this.end().catch(() => undefined);
    fs.rmSync(this.path, { force: true });
  }
}

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  header.writeUInt16LE(UTF8_NAMES_AND_DESCRIPTOR, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME_MIDNIGHT, 10);
  header.writeUInt16LE(DOS_DATE_1980, 12);
  // CRC and sizes (14–25) stay 0: they follow the data, in the descriptor.
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function dataDescriptor(crc: number, compressed: number, size: number): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(size, 12);
  return descriptor;
}

function centralEntry(entry: WrittenEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4); // made by: 2.0
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_NAMES_AND_DESCRIPTOR, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME_MIDNIGHT, 12);
  header.writeUInt16LE(DOS_DATE_1980, 14);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra and comment lengths, disk number, attributes: 0.
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfDirectory(entries: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
