import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Exports are written under a temporary name beside their output and renamed when whole
 * (atomic-output.ts, dataset.ts). A `kill -9`, a crash or a power cut during the write leaves that
 * file (or a dataset's staging folder) behind: nothing else would ever remove it, so each
 * interrupted export of a large project kept its size on the disk for good, hidden by its dot.
 * The next export to the same folder removes what dead writers left, never what a running one
 * is writing.
 *
 * The name says who writes it: `.OUT.HOST-PID-RANDOM.partial`. A process id says whether the
 * writer still runs only on the machine it ran on; a folder shared over the network may hold
 * the partial of an export running on another machine, which is left alone. Names without the
 * host (written before it was added) are judged by their process id alone.
 */

/** Eight hex digits naming this machine: host names may hold dots, dashes and any character. */
export const thisHost = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);

const PARTIAL_NAME = /^\..+\.(?:([0-9a-f]{8})-)?(\d+)-[0-9a-f]{8}\.partial$/;

/** The temporary name of `finalPath` for this process, with `random` (8 hex digits) to keep two apart. */
export function partialNameFor(finalPath: string, random: string): string {
  return path.join(
    path.dirname(finalPath),
    `.${path.basename(finalPath)}.${thisHost}-${process.pid}-${random}.partial`,
  );
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `name` is an export's temporary file or folder whose writer is known to be gone. */
export function isStalePartial(name: string): boolean {
  const match = PARTIAL_NAME.exec(name);
  if (!match) return false;
  const [, host, pid] = match;
  if (host !== undefined && host !== thisHost) return false;
  const id = Number(pid);
  // pid 0 or a number past any pid would make kill() signal a group or fail oddly.
  return Number.isSafeInteger(id) && id > 0 && !processIsRunning(id);
}

/**
 * Removes from `folder` the temporary files and staging folders of exports whose process has
 * died, and gives their names. A folder that cannot be read, or an entry that cannot be removed
 * (another user's), is left as it is: cleaning up must never fail the export that does it.
 */
export function removeStalePartials(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isStalePartial(name)) continue;
    try {
      fs.rmSync(path.join(folder, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Left for the user or a later export.
    }
  }
  return removed;
}
