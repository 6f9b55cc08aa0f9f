import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `--out -`: the output goes to standard output, as with tar, curl and most tools. */
export const STDOUT = '-';

export const isStdout = (out: string): boolean => out === STDOUT;

/**
 * Runs `write`, which writes a whole file at the path it is given, towards `out`: the path itself,
 * or for `-` a file in a fresh temporary folder whose bytes are then copied to standard output
 * and which is removed whatever happens. Each command writes whole-or-nothing to a path (a temp
 * file renamed into place, SQLite's backup), so a command sends nothing to a pipe before its file
 * is complete, and a failure leaves stdout empty. `name` is the temporary file's name: what a
 * writer may look at (an extension).
 */
export async function writeToOut<T>(
  out: string,
  name: string,
  write: (target: string) => T | Promise<T>,
): Promise<T> {
  if (!isStdout(out)) return write(out);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-stdout-'));
  try {
    const target = path.join(dir, name);
    const result = await write(target);
    // A cancelled export writes no file, and then sends nothing.
    if (fs.existsSync(target)) await copyToStdout(target);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file's bytes on stdout, a chunk at a time (a backup may be larger than memory would like).
 * A reader that went away (`| head -c 10`) ends the copy quietly: the EPIPE itself is dropped by
 * broken-pipe.ts, as for every other command.
 */
async function copyToStdout(file: string): Promise<void> {
  for await (const chunk of fs.createReadStream(file)) {
    const failed = await new Promise<Error | null | undefined>((resolve) =>
      process.stdout.write(chunk as Buffer, resolve),
    );
    if (failed) return;
  }
}

/**
 * Where a command's summary line goes: stderr when the data itself is on stdout (a summary
 * there would corrupt it), stdout otherwise.
 */
export function summaryPrinter(out: string): (line: string) => void {
  return isStdout(out) ? (line) => console.error(line) : (line) => console.log(line);
}

/** The target's name in a summary line: "standard output" rather than a temporary path. */
export const outName = (out: string, written: string): string =>
  isStdout(out) ? 'standard output' : written;
