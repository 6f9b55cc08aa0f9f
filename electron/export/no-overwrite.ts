import fs from 'node:fs';
import { apiError } from '../../shared/contract/error-messages';

/** What has this name (after links), or 'nothing' (a dangling link is still 'other'). */
function occupant(target: string): 'nothing' | 'file' | 'folder' | 'special' | 'other' {
  try {
    fs.lstatSync(target);
  } catch {
    return 'nothing';
  }
  try {
    const stats = fs.statSync(target);
    if (stats.isFile()) return 'file';
    return stats.isDirectory() ? 'folder' : 'special';
  } catch {
    return 'other';
  }
}

/**
 * An export never replaces what is already at its path unless the user confirmed it
 * (`overwrite`): a mistyped or remembered path must not destroy someone's file. The refusal
 * (`file-exists`) names the path, so the window can ask "replace it?" and send it again.
 */
export function refuseToReplace(target: string, overwrite: boolean): void {
  const there = occupant(target);
  // A FIFO, socket or device is never replaced, confirmed or not: renaming the finished file
  // onto /dev/null (as root) or a named pipe put a plain file in its place, and opening a FIFO
  // to write into it waits for a reader for ever. Standard output is `--out -`.
  if (there === 'special') throw apiError('file-not-regular', { file: target });
  if (overwrite || there === 'nothing') return;
  throw apiError('file-exists', { file: target });
}
