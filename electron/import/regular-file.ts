import fs from 'node:fs';
import { apiError } from '../../shared/contract/error-messages';

/**
 * Opens `file` for reading without waiting: a FIFO opened plainly blocks until someone writes
 * to it, and on the main thread that stops every window (a word list named `x.txt` that was a
 * FIFO hung browser mode for good). The descriptor's own stat then says what was opened, so a
 * swap between a check and the open cannot slip another kind of file in.
 */
function openRegularFile(file: string): { fd: number; size: number } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw apiError('file-is-folder', { file });
    // FIFOs, sockets and devices (/dev/zero never ends) are not files to read.
    if (!stat.isFile()) throw apiError('file-not-regular', { file });
    return { fd, size: stat.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** Throws unless `file` (after links) is a regular file: a folder, FIFO, socket or device is refused by name. */
export function assertRegularFile(file: string): void {
  fs.closeSync(openRegularFile(file).fd);
}

/**
 * The bytes of a regular file of at most `maxBytes`, read without blocking on a FIFO or a device
 * and without loading a file larger than the caller can use (refused, naming the limit).
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const { fd, size } = openRegularFile(file);
  try {
    if (size > maxBytes) {
      throw apiError('file-too-large', { file, limitMb: Math.floor(maxBytes / 1024 / 1024) });
    }
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
