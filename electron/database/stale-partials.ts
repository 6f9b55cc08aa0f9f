import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Exports and backups are written under a temporary name beside their output and renamed when
 * whole (atomic-output.ts, dataset.ts, project-backup.ts). A `kill -9`, a crash or a power cut during the write leaves that
 * file (or a dataset's staging folder) behind: nothing else would ever remove it, so each
 * interrupted export of a large project kept its size on the disk for good, hidden by its dot.
 * The next export to the same folder removes what dead writers left, never what a running one
 * is writing.
 *
 * The name says who writes it: `.OUT.HOST-PID-RANDOM.partial`. A process id says whether the
 * writer still runs only on the machine it ran on; a folder shared over the network may hold
 * the partial of an export running on another machine, which is left alone. Names without the
 * host (written before it was added) are judged by their process id alone; an older backup's
 * `OUT.tmp-PID`, by its age (below).
 */

/**
 * The system's own id of this installation where it keeps one (Linux, systemd or D-Bus): two
 * machines sharing a folder may well have the same host name (`localhost`, a laptop model's
 * default), and then each took the other's running exports for its own dead ones.
 */
function machineId(): string {
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      const id = fs.readFileSync(file, 'latin1').trim();
      if (/^[0-9a-f]{32}$/i.test(id)) return id;
    } catch {
      // Not on this system.
    }
  }
  return '';
}

/** Eight hex digits naming this machine: host names may hold dots, dashes and any character. */
export const thisHost = createHash('sha256')
  .update(`${os.hostname()}\0${machineId()}`)
  .digest('hex')
  .slice(0, 8);

/**
 * A backup's copy in the making is an SQLite file: killed midway it may leave SQLite's own
 * companions of it too (`-journal`, and `-wal`/`-shm` for a copy in WAL mode).
 */
export const SQLITE_COMPANION = '(?:-journal|-wal|-shm)?';

const PARTIAL_NAME = new RegExp(
  `^\\..+\\.(?:([0-9a-f]{8})-)?(\\d+)-[0-9a-f]{8}\\.partial${SQLITE_COMPANION}$`,
);

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
 * `OUT.tmp-PID`: the name backups took while being copied before they were named like exports
 * (a backup killed midway left it, and nothing removed it). Only a file that is a copy in the
 * making is one: empty, or starting with SQLite's header; a file of the user's that happens to
 * end in `.tmp-123` is never taken for one.
 *
 * The name says no host, so its process id proves nothing: in a folder shared over the network
 * it may be the copy of a backup running on another machine whose id is free here, or a dead
 * one's whose id a live process here took since. It is judged by age instead: a copy in the
 * making is written to all along, so one nobody wrote to for a day is no live backup's. A time
 * in the future (another machine's clock ahead) is never old enough.
 */
const OLD_BACKUP_TEMP = /^.+\.tmp-(\d+)(-journal|-wal)?$/;
export const OLD_BACKUP_TEMP_STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** How each file an SQLite copy in the making may leave begins. */
const SQLITE_MAGIC: Record<string, Buffer> = {
  '': Buffer.from('SQLite format 3\0', 'latin1'),
  '-journal': Buffer.from('d9d505f920a163d7', 'hex'),
  '-wal': Buffer.from('377f0682', 'hex'),
};

function isStaleBackupTemp(folder: string, name: string, now: number): boolean {
  const match = OLD_BACKUP_TEMP.exec(name);
  if (!match) return false;
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.join(folder, name), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || now - stat.mtimeMs < OLD_BACKUP_TEMP_STALE_AFTER_MS) return false;
    const magic = SQLITE_MAGIC[match[2] ?? '']!;
    const head = Buffer.alloc(magic.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    // A WAL's last byte says its checksums' byte order (0x82 or 0x83).
    if (match[2] === '-wal') head[3] = (head[3]! & 0xfe) as number;
    return read === 0 || (read === head.length && head.equals(magic));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Removes from `folder` the temporary files and staging folders of exports and backups whose
 * process has died, and gives their names. A folder that cannot be read, or an entry that cannot be removed
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
  const now = Date.now();
  for (const name of names) {
    if (!isStalePartial(name) && !isStaleBackupTemp(folder, name, now)) continue;
    try {
      fs.rmSync(path.join(folder, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Left for the user or a later export.
    }
  }
  return removed;
}
