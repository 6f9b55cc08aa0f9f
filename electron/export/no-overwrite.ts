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
export function refuseToReplace(
  target: string,
  overwrite: boolean,
  writes: 'file' | 'folder' = 'file',
): void {
  const there = occupant(target);
  // A FIFO, socket or device is never replaced, confirmed or not: renaming the finished file
  // onto /dev/null (as root) or a named pipe put a plain file in its place, and opening a FIFO
  // to write into it waits for a reader for ever. Standard output is `--out -`.
  if (there === 'special') throw apiError('file-not-regular', { file: target });
  // A file is never renamed onto a folder: confirmed, it failed at the very end, naming the
  // hidden temporary file instead of the folder (eighth sweep).
  if (there === 'folder' && writes === 'file') throw apiError('file-is-folder', { file: target });
  if (overwrite || there === 'nothing') return;
  throw apiError('file-exists', { file: target });
}

/**
 * After a hard link from a finished file to its name failed: the name taken is refused; a file
 * system without hard links (FAT, some network shares) falls back to the check before a rename;
 * anything else is thrown.
 */
function afterLinkFailed(error: unknown, to: string): void {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') throw apiError('file-exists', { file: to });
  if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV')
    throw error;
  refuseToReplace(to, false);
}

/**
 * Renames `from` to `to` unless `to` exists, in one step: a hard link fails if the name is
 * taken (a check before a rename leaves a window in which a second output to the same name
 * lands and is then replaced).
 */
export async function moveWithoutReplacing(from: string, to: string): Promise<void> {
  try {
    await fs.promises.link(from, to);
  } catch (error) {
    afterLinkFailed(error, to);
    await fs.promises.rename(from, to);
    return;
  }
  await fs.promises.unlink(from);
}

/** moveWithoutReplacing for callers that hold a synchronous transaction (a backup's copy). */
export function moveWithoutReplacingSync(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (error) {
    afterLinkFailed(error, to);
    fs.renameSync(from, to);
    return;
  }
  fs.unlinkSync(from);
}
