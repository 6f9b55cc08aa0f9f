import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { apiError } from '../../shared/contract/error-messages';
import { ApiError } from '../../shared/contract/errors';
import { useSingleFileJournal } from '../database/backup-files';
import { forgetEveryExportInFlight } from '../database/exports-in-flight-meta';
import { temporaryPathFor } from '../export/atomic-output';
import { withExportNoted } from '../export/exports-in-flight';
import { moveWithoutReplacingSync } from '../export/no-overwrite';
import { removeStalePartials } from '../database/stale-partials';
import type { ProjectDatabase } from '../database/open-project';

/**
 * A consistent copy of an open project with SQLite's online backup (safe while the app writes),
 * written beside the target and renamed at the end so a failed backup leaves no partial file.
 * Without `replace`, a file that appears at the target while the copy is made (another backup
 * to the same name) is never replaced: the copy takes the name with a hard link, which fails if
 * it is taken. Checking before and renaming after let two `gleaner backup --out b.gleaner` of
 * different projects both report success, the first one's copy silently replaced.
 *
 * The copy in the making is named like an export's temporary file and noted in the project as
 * exports are (exports-in-flight.ts): a backup killed midway (`kill -9`, a crash) left its
 * `OUT.tmp-PID` for good; now the next backup or export into that folder, the next open of the
 * project and `gleaner check` remove it once its process is gone.
 */
export async function backupProject(
  db: ProjectDatabase,
  out: string,
  options: { replace?: boolean; nativeBinding?: string | undefined } = {},
): Promise<{ path: string; bytes: number }> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  removeStalePartials(path.dirname(target));
  return withExportNoted(db, target, async () => {
    const temp = temporaryPathFor(target);
    try {
      await db.backup(temp);
      withoutNotesOfOutputs(temp, options.nativeBinding);
      useSingleFileJournal(temp, options.nativeBinding);
      if (options.replace === false) moveWithoutReplacingSync(temp, target);
      else fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      if (error instanceof ApiError) throw error;
      // A full disk or a file-size limit shows here as SQLite's "disk I/O error".
      throw apiError('backup-failed', { file: target, reason: (error as Error).message });
    }
    return { path: target, bytes: fs.statSync(target).size };
  });
}

/**
 * The copy holds the project's notes of outputs being written, this backup's own among them: a
 * restored copy would take them for outputs killed midway. A backup writes nothing, so they go.
 */
function withoutNotesOfOutputs(copyPath: string, nativeBinding: string | undefined): void {
  const copy = new Database(copyPath, nativeBinding ? { nativeBinding } : {});
  try {
    forgetEveryExportInFlight(copy);
  } finally {
    copy.close();
  }
}
