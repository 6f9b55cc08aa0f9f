import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { partialNameFor, removeStalePartials } from '../database/stale-partials';

/** Reads a small settings file; a missing or broken one reads as undefined (defaults apply). */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes then renames, so a crash never leaves a half-written settings file. The temporary file
 * is named like an export's (database/stale-partials.ts), so one a crash leaves is removed by the
 * next write into the folder once its process is gone, and never a running app's.
 */
export function writeJsonFile(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  removeStalePartials(path.dirname(file));
  const temp = partialNameFor(path.resolve(file), randomBytes(4).toString('hex'));
  try {
    fs.writeFileSync(temp, JSON.stringify(value, null, 2), { flag: 'wx' });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
