import { z } from 'zod';
import { isWellFormedText } from './well-formed-text';

/** Longer than any path a file system accepts (Linux: 4,096 bytes; Windows: 32,767 units). */
export const maxPathLength = 4096;

/** `/…` on POSIX; `C:\…`, `C:/…` or a `\\server\share` path on Windows. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * A path on this computer that a method reads. No file system accepts NUL in a name, and a lone
 * surrogate would be written as U+FFFD, naming another file than the one asked for; both are
 * refused here, naming the field, instead of failing deep inside `fs` with Node's own words.
 */
export function filePath() {
  return z
    .string()
    .min(1)
    .max(maxPathLength)
    .refine((p) => !p.includes('\u0000'), { message: 'a file path cannot contain NUL' })
    .refine(isWellFormedText, {
      message: 'contains a broken character (a lone UTF-16 surrogate)',
    });
}

/**
 * A path a method writes (or merges from). It must be absolute: a relative one would land in
 * whatever folder the server or app happened to start in, which the user never chose.
 */
export function absoluteFilePath() {
  return filePath().refine((p) => ABSOLUTE.test(p), {
    message: 'give the full path of the file (a relative path has no folder the user chose)',
  });
}
