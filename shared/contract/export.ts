import { z } from 'zod';
import { absoluteFilePath } from './file-path';
import { exportEntrySchema, exportFormatSchema, jobStateSchema } from './domain';

/**
 * Exporting the curated dataset (in a worker; poll `jobs.get`) and the list of past exports.
 * Handlers: electron/api/export-handlers.ts.
 */
export const exportContract = {
  /** Exports to a file (or dataset folder) on this computer, in a worker; poll jobs.get. */
  'export.start': {
    input: z
      .object({
        format: exportFormatSchema,
        out: absoluteFilePath(),
        status: z.enum(['approved', 'submitted', 'any']).default('approved'),
        includeRejected: z.boolean().default(false),
        /** Only the articles assigned to this profile. */
        assigneeId: z.number().int().positive().optional(),
        /** Only the articles a saved search selects (combined with the filters above). */
        savedSearchId: z.number().int().positive().optional(),
        /** Replace `out` if it exists (the user confirmed it); otherwise it is refused. */
        overwrite: z.boolean().default(false),
      })
      .strict(),
    output: jobStateSchema,
  },
  /** The project's finished exports, newest first. */
  'exports.list': {
    input: z.object({}).strict(),
    output: z.array(exportEntrySchema),
  },
} as const;
