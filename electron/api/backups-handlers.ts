import type { backupsContract } from '../../shared/contract/backups';
import { apiError } from '../../shared/contract/error-messages';
import { migrate } from '../database/migrate';
import { raiseRevisionsAbove } from '../database/restore-revisions';
import { idsGivenOut, keepIdsRetired } from '../database/row-ids';
import { backupsDirOf, createBackup, listBackups, restoreBackup } from '../services/backups';
import { recordRestore } from '../services/restore-audit';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** Backups of the open project (shared/contract/backups.ts); the work is in services/backups.ts. */
export function createBackupsHandlers(
  context: HandlerContext,
): DomainHandlers<typeof backupsContract> {
  const { project, jobs } = context;
  return {
    'backups.list': () => ({
      folder: backupsDirOf(project.filePath),
      backups: listBackups(project.filePath),
    }),
    'backups.create': () => createBackup(project.db, project.filePath, 'manual'),
    'backups.restore': async (input, session) => {
      const running = jobs.list().filter((job) => job.status === 'running');
      if (running.length > 0) {
        throw apiError('restore-waits-for-jobs', { jobs: running.map((j) => j.kind).join(', ') });
      }
      const given = idsGivenOut(project.db);
      const { restored, safetyCopy, replacedAudit } = await restoreBackup(
        project.db,
        project.filePath,
        input.name,
        { nativeBinding: context.nativeBinding },
      );
      // A pre-migration backup has an older schema: bring it up to date like any opened file.
      migrate(project.db, project.filePath);
      // Values and articles made since the backup are gone, but windows may still show them.
      keepIdsRetired(project.db, given);
      // …and at revisions they cannot mistake for the ones they saw before the restore.
      raiseRevisionsAbove(project.db, safetyCopy.path);
      // Then the log keeps what the restore replaced, and says who restored.
      recordRestore(project.db, replacedAudit, {
        actor: session.actor,
        backup: restored.name,
        safetyCopy: safetyCopy.name,
      });
      return { restored, safetyCopy, project: project.info() };
    },
  };
}
