import fs from 'node:fs';
import path from 'node:path';
import { useSingleFileJournal } from '../database/backup-files';
import type { ProjectDatabase } from '../database/open-project';

/**
 * A consistent copy of an open project with SQLite's online backup (safe while the app writes),
 * written beside the target and renamed at the end so a failed backup leaves no partial file.
 */
export async function backupProject(
  db: ProjectDatabase,
  out: string,
): Promise<{ path: string; bytes: number }> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  try {
    await db.backup(temp);
    useSingleFileJournal(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new Error(`Backup to ${target} failed: ${(error as Error).message}`, { cause: error });
  }
  return { path: target, bytes: fs.statSync(target).size };
}
