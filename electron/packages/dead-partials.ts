import fs from 'node:fs';
import path from 'node:path';
import { processIsRunning } from '../database/stale-partials';

const partialSuffix = '.partial-';

/** The temporary name a package is written under by process `pid`, renamed to `out` when whole. */
export function partialPathOf(out: string, pid: number): string {
  return `${out}${partialSuffix}${pid}`;
}

/**
 * Removes what a package write to `out` killed midway (`kill -9`, a power cut) left beside it:
 * `out.partial-PID` and its -wal and -shm, of processes no longer running. Nothing else removed
 * them, so each interrupted write of a large project left its size on the disk for good. A write
 * still running (another `gleaner package create` to the same place) keeps its file.
 */
export function removeDeadPartials(out: string): void {
  const prefix = path.basename(out) + partialSuffix;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(out));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)(-wal|-shm)?$/.exec(name.slice(prefix.length));
    if (!match || processIsRunning(Number(match[1]))) continue;
    fs.rmSync(path.join(path.dirname(out), name), { force: true });
  }
}
