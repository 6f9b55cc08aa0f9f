import { sweepDeadExports } from '../export/exports-in-flight';
import type { ProjectDatabase } from '../database/open-project';

/**
 * `gleaner check`'s part of the sweep of exports killed midway (export/exports-in-flight.ts):
 * the temporary files and staging folders they left beside their outputs are removed (the files
 * are the check's to remove, not the project's: the check opens the project read-only, so the
 * notes themselves are forgotten by the next open), and any that could not be removed is named.
 */
export function deadExportPartials(db: ProjectDatabase): {
  removed: string[];
  problems: { kind: 'export-partial'; message: string }[];
} {
  const swept = sweepDeadExports(db);
  return {
    removed: swept.removed,
    problems: swept.left.map(({ path, reason }) => ({
      kind: 'export-partial' as const,
      message: `${path}: the temporary file of an export that did not finish (its process is gone) could not be removed (${reason}); remove it by hand`,
    })),
  };
}
