import path from 'node:path';
import { backupsDirOf } from '../database/backup-files';
import { sweepDeadExports } from '../export/exports-in-flight';
import { removeStalePartials } from '../database/stale-partials';
import type { ProjectDatabase } from '../database/open-project';

/**
 * `gleaner check`'s part of the sweep of exports and backups killed midway
 * (export/exports-in-flight.ts): the temporary files and staging folders they left beside their
 * outputs, and in the project's backups folder, are removed (the files are the check's to
 * remove, not the project's: the check opens the project read-only, so the notes themselves are
 * forgotten by the next open), and any that could not be removed is named.
 */
export function deadExportPartials(db: ProjectDatabase): {
  removed: string[];
  problems: { kind: 'export-partial'; message: string }[];
} {
  const swept = sweepDeadExports(db);
  // The project's own backups folder: a backup or a pre-migration copy killed midway.
  const backups = backupsDirOf(db.name);
  const inBackups = removeStalePartials(backups).map((name) => path.join(backups, name));
  return {
    removed: [...swept.removed, ...inBackups],
    problems: swept.left.map(({ path: file, reason }) => ({
      kind: 'export-partial' as const,
      message: `${file}: the temporary file of an export or backup that did not finish (its process is gone) could not be removed (${reason}); remove it by hand`,
    })),
  };
}
