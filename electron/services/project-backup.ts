import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
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
    // A full disk or a file-size limit shows here as SQLite's "disk I/O error".
    throw apiError('backup-failed', { file: target, reason: (error as Error).message });
  }
  return { path: target, bytes: fs.statSync(target).size };
}
