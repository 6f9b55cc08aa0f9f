import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { ApiError } from '../../shared/contract/errors';
import { useSingleFileJournal } from '../database/backup-files';
import { moveWithoutReplacingSync } from '../export/no-overwrite';
import type { ProjectDatabase } from '../database/open-project';

/**
 * A consistent copy of an open project with SQLite's online backup (safe while the app writes),
 * written beside the target and renamed at the end so a failed backup leaves no partial file.
 * Without `replace`, a file that appears at the target while the copy is made (another backup
 * to the same name) is never replaced: the copy takes the name with a hard link, which fails if
 * it is taken. Checking before and renaming after let two `gleaner backup --out b.gleaner` of
 * different projects both report success, the first one's copy silently replaced.
 */
export async function backupProject(
  db: ProjectDatabase,
  out: string,
  options: { replace?: boolean } = {},
): Promise<{ path: string; bytes: number }> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  try {
    await db.backup(temp);
    useSingleFileJournal(temp);
    if (options.replace === false) moveWithoutReplacingSync(temp, target);
    else fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof ApiError) throw error;
    // A full disk or a file-size limit shows here as SQLite's "disk I/O error".
    throw apiError('backup-failed', { file: target, reason: (error as Error).message });
  }
  return { path: target, bytes: fs.statSync(target).size };
}
