import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { moveWithoutReplacing } from './no-overwrite';
import { partialNameFor, removeStalePartials } from '../database/stale-partials';

/**
 * An output file that appears whole or not at all. Bytes go to a temporary file in the same
 * folder (so the final rename stays on one file system and is atomic); `commit` flushes it to
 * disk and renames it over `path`; `abort` removes it. A crash, an error or a cancel therefore
 * never leaves a half-written export where the user expects a finished one.
 */
export interface AtomicOutput {
  /** Where the file will be after commit. */
  readonly path: string;
  /** Where the bytes are while being written. */
  readonly tempPath: string;
  /**
   * Writes a chunk, waiting for 'drain' when the stream's buffer is full, so a producer that
   * awaits each write keeps memory flat however large the file. Rejects on a write error.
   */
  write(chunk: string | Uint8Array): Promise<void>;
  /**
   * The underlying stream, for libraries that want a Writable (e.g. a streaming XLSX writer).
   * They may end it themselves; commit() then waits for it to close. Bytes written this way are
   * hashed at commit by reading the file back.
   */
  readonly stream: fs.WriteStream;
  /**
   * Ends the stream, fsyncs, renames into place; gives the size and SHA-256 of the file. With
   * `replace: false`, something already at `path` (made meanwhile by another export to the same
   * name) is never replaced: the commit fails with `file-exists` instead.
   */
  commit(options?: { replace?: boolean }): Promise<{ path: string; bytes: number; sha256: string }>;
  /** Stops writing and removes the temporary file. Safe to call more than once, or after failure. */
  abort(): Promise<void>;
}

export function temporaryPathFor(finalPath: string): string {
  return partialNameFor(finalPath, randomBytes(4).toString('hex'));
}

/**
 * Opens the temporary file of `finalPath`, first removing what exports killed midway left in its
 * folder (database/stale-partials.ts).
 */
export function openAtomicOutput(finalPath: string): AtomicOutput {
  const target = path.resolve(finalPath);
  removeStalePartials(path.dirname(target));
  const tempPath = temporaryPathFor(target);
  // 'wx': never write over something that happens to have the temporary name.
  const stream = fs.createWriteStream(tempPath, { flags: 'wx' });
  const hash = createHash('sha256');
  let bytes = 0;
  let hashedInline = true;
  let failure: Error | null = null;
  let settled = false;
  stream.on('error', (error) => {
    failure ??= error;
  });

  const closed = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (stream.closed) {
        if (failure) reject(failure);
        else resolve();
        return;
      }
      stream.once('close', () => (failure ? reject(failure) : resolve()));
    });

  const output: AtomicOutput = {
    path: target,
    tempPath,
    get stream() {
      hashedInline = false;
      return stream;
    },
    async write(chunk) {
      if (failure) throw failure;
      if (settled) throw new Error(`${target}: write after commit or abort`);
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      hash.update(buffer);
      bytes += buffer.byteLength;
      if (stream.write(buffer)) return;
      await drained(stream);
    },
    async commit({ replace = true } = {}) {
      if (settled) throw new Error(`${target}: already committed or aborted`);
      settled = true;
      try {
        if (failure) throw failure;
        if (!stream.writableEnded) stream.end();
        await closed();
        // Flush to disk before the rename: after a power cut the name must not point at a
        // file whose blocks were never written.
        await syncToDisk(tempPath);
        const digest = hashedInline ? hash.digest('hex') : await sha256OfFile(tempPath);
        const size = hashedInline ? bytes : (await fs.promises.stat(tempPath)).size;
        if (replace) await fs.promises.rename(tempPath, target);
        else await moveWithoutReplacing(tempPath, target);
        return { path: target, bytes: size, sha256: digest };
      } catch (error) {
        await removeQuietly(tempPath);
        throw error;
      }
    },
    async abort() {
      settled = true;
      if (!stream.closed) await destroyed(stream);
      await removeQuietly(tempPath);
    },
  };
  return output;
}

/** Resolves when a full stream's buffer has drained; rejects on a write error meanwhile. */
function drained(stream: fs.WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error): void => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

async function syncToDisk(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Destroys the stream and waits until its file descriptor is closed. */
function destroyed(stream: fs.WriteStream): Promise<void> {
  stream.destroy();
  return new Promise<void>((resolve) => {
    if (stream.closed) resolve();
    else stream.once('close', () => resolve());
  });
}

async function removeQuietly(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true });
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
