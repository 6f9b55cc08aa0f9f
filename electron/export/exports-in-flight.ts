import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  exportInFlightNotes,
  forgetExportInFlight,
  noteExportInFlight,
} from '../database/exports-in-flight-meta';
import { withShortFirstWrite } from '../database/busy-wait';
import type { ProjectDatabase } from '../database/open-project';
import { processIsRunning, SQLITE_COMPANION, thisHost } from '../database/stale-partials';

/**
 * An export killed midway (`kill -9`, a crash, a power cut) leaves its temporary file or a
 * dataset's staging folder beside its output (database/stale-partials.ts). The next export to that same
 * folder removed it; an export folder is anywhere the user chose, so most were never removed.
 * Now the project notes each export while it is written (its output, host, process, start) and
 * forgets it when the export ends, whatever the outcome. A note left behind is an export whose
 * writer died: opening the project (and `gleaner check`) removes what it left — only the
 * temporary names that export's process made beside that output, never a file Gleaner did not
 * name, never one of a process still running, never one written from another machine.
 */
export interface ExportInFlight {
  key: string;
  /** The export's output (file or dataset folder). */
  out: string;
  host: string;
  pid: number;
  startedAt: string;
}

/** How long a note waits for another program's write lock: a note is worth no stalled export. */
const NOTE_WAIT_MS = 50;

/** What a sweep found: temporary files removed, and those of dead exports it could not remove. */
export interface SweptExports {
  removed: string[];
  left: { path: string; reason: string }[];
  /** Notes of exports still running here, or on another machine (not judged from here). */
  running: ExportInFlight[];
}

/**
 * Runs `work` (an export to `out`) with a note of it in the project. A project that cannot take
 * the note (read-only, locked past the wait) exports all the same, as before notes existed.
 */
export async function withExportNoted<T>(
  db: ProjectDatabase,
  out: string,
  work: () => Promise<T>,
): Promise<T> {
  const note = {
    out: path.resolve(out),
    host: thisHost,
    pid: process.pid,
    startedAt: new Date().toISOString(),
  };
  let key: string | null = null;
  try {
    // A project another program holds locked does not hold the export up: it goes unnoted.
    const id = `${thisHost}-${process.pid}-${randomBytes(4).toString('hex')}`;
    key = withShortFirstWrite(db, NOTE_WAIT_MS, () =>
      noteExportInFlight(db, id, JSON.stringify(note)),
    );
  } catch {
    // Unnoted: only an export to the same folder will remove what a kill leaves.
  }
  try {
    return await work();
  } finally {
    if (key !== null) {
      try {
        const noted = key;
        withShortFirstWrite(db, NOTE_WAIT_MS, () => forgetExportInFlight(db, noted));
      } catch {
        // A note left is swept as a dead export's once this process is gone; it names no file.
      }
    }
  }
}

function parseNote(key: string, value: string): ExportInFlight | null {
  try {
    const note = JSON.parse(value) as Partial<ExportInFlight>;
    if (typeof note.out !== 'string' || !path.isAbsolute(note.out)) return null;
    if (typeof note.host !== 'string' || !/^[0-9a-f]{8}$/u.test(note.host)) return null;
    if (!Number.isSafeInteger(note.pid) || note.pid! <= 0) return null;
    return {
      key,
      out: note.out,
      host: note.host,
      pid: note.pid!,
      startedAt: String(note.startedAt),
    };
  } catch {
    return null;
  }
}

/** The exports the project has notes of; a note that is not Gleaner's shape is passed over. */
export function exportsInFlight(db: ProjectDatabase): ExportInFlight[] {
  return exportInFlightNotes(db).flatMap(({ key, value }) => parseNote(key, value) ?? []);
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The temporary names this export's process made beside its output: `.OUT.HOST-PID-RANDOM.partial`. */
function partialsOf(note: ExportInFlight): string[] {
  const folder = path.dirname(note.out);
  const name = new RegExp(
    `^\\.${escaped(path.basename(note.out))}\\.${note.host}-${note.pid}-[0-9a-f]{8}\\.partial${SQLITE_COMPANION}$`,
    'u',
  );
  try {
    return fs
      .readdirSync(folder)
      .filter((entry) => name.test(entry))
      .map((entry) => path.join(folder, entry));
  } catch {
    return []; // The folder is gone or unreadable: nothing of it to remove from here.
  }
}

/**
 * Removes what exports whose writer is gone left beside their outputs, and gives the notes of
 * dead exports that are now done with (`forget` them when the project can be written).
 */
export function sweepDeadExports(db: ProjectDatabase): SweptExports & { done: string[] } {
  const swept: SweptExports & { done: string[] } = { removed: [], left: [], running: [], done: [] };
  for (const note of exportsInFlight(db)) {
    if (note.host !== thisHost || processIsRunning(note.pid)) {
      swept.running.push(note);
      continue;
    }
    let whole = true;
    for (const partial of partialsOf(note)) {
      try {
        fs.rmSync(partial, { recursive: true, force: true });
        swept.removed.push(partial);
      } catch (error) {
        whole = false;
        swept.left.push({ path: partial, reason: (error as Error).message });
      }
    }
    if (whole) swept.done.push(note.key);
  }
  return swept;
}

/**
 * On opening a project: removes what dead exports left and forgets their notes. Never fails the
 * open: a project that cannot be written keeps the notes for a later open.
 */
export function sweepDeadExportsOnOpen(db: ProjectDatabase): SweptExports {
  try {
    const swept = sweepDeadExports(db);
    for (const key of swept.done) forgetExportInFlight(db, key);
    return swept;
  } catch {
    return { removed: [], left: [], running: [] };
  }
}
