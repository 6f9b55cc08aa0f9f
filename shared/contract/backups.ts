import { z } from 'zod';
import { projectInfoSchema } from './domain';

/** Why a backup was made (it is part of its file name; see electron/services/backups.ts). */
export const backupKindSchema = z.enum([
  'daily',
  'manual',
  'pre-migration',
  'pre-restore',
  'damaged',
]);

export const backupEntrySchema = z.object({
  /** The file name inside the backups folder: what backups.restore takes. */
  name: z.string(),
  path: z.string(),
  kind: backupKindSchema,
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Pre-migration copies keep the schema version they had. */
  schemaVersion: z.number().int().optional(),
});
export type BackupEntryDto = z.infer<typeof backupEntrySchema>;

/**
 * Desktop safety: rolling backups beside the project and recovery of a damaged file. When the
 * project cannot be opened (damaged), every other method fails with `project-unreadable`, and
 * these three still answer, so the window can offer its recovery screen.
 * Handlers: electron/api/backups-handlers.ts.
 */
export const backupsContract = {
  /** The project's backups, newest first, and the folder they live in. */
  'backups.list': {
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), backups: z.array(backupEntrySchema) }),
  },
  /** Backs up the open project now (SQLite online backup; the app keeps answering). */
  'backups.create': {
    input: z.object({}).strict(),
    output: backupEntrySchema,
  },
  /**
   * Replaces the project's content with a backup's, after backing up the current state
   * (`safetyCopy`: pre-restore, or the damaged file moved aside during a recovery). Without a
   * name, the newest sound backup is taken. Refused while an import or export is running.
   */
  'backups.restore': {
    input: z.object({ name: z.string().min(1).max(255).optional() }).strict(),
    output: z.object({
      restored: backupEntrySchema,
      safetyCopy: backupEntrySchema.nullable(),
      project: projectInfoSchema,
    }),
  },
} as const;
