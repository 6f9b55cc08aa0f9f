import { z } from 'zod';
import { articleStatusSchema, projectInfoSchema } from './domain';

export const projectSettingsSchema = z.object({
  /**
   * May the profile that curated an article (submitted it, or changed its values last) approve
   * it? Off unless an admin turns it on: a second pair of eyes is the point of review.
   */
  allowSelfApproval: z.boolean(),
});
export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

/**
 * The open project as a whole: what it is, its settings, and the dashboard's figures.
 * Handlers: electron/api/project-handlers.ts.
 */
export const projectContract = {
  'project.info': {
    input: z.object({}).strict(),
    output: projectInfoSchema,
  },
  'settings.get': {
    input: z.object({}).strict(),
    output: projectSettingsSchema,
  },
  /** Admins change the project's settings (those named; the others stay). */
  'settings.update': {
    input: projectSettingsSchema.partial().strict(),
    output: projectSettingsSchema,
  },
  'dashboard.stats': {
    input: z.object({ days: z.number().int().positive().max(366).default(30) }).strict(),
    output: z.object({
      byStatus: z.record(articleStatusSchema, z.number().int()),
      /** Per day (UTC, YYYY-MM-DD), how many articles were submitted and approved. */
      progress: z.array(
        z.object({ day: z.string(), submitted: z.number().int(), approved: z.number().int() }),
      ),
      curators: z.array(
        z.object({
          actor: z.string(),
          edits: z.number().int(),
          submitted: z.number().int(),
          approved: z.number().int(),
        }),
      ),
      /** Per extraction rule, what became of its suggestions: this tells which rules to improve. */
      extractors: z.array(
        z.object({
          extractor: z.string(),
          suggestions: z.number().int(),
          accepted: z.number().int(),
          edited: z.number().int(),
          rejected: z.number().int(),
          pending: z.number().int(),
        }),
      ),
    }),
  },
} as const;
