import { z } from 'zod';

/** What a finished "Suggest with model" job did, and each article it could not do and why. */
export const modelSuggestReportSchema = z.object({
  articles: z.number().int(),
  /** Requests sent to the model, and answers taken from the project's cache instead. */
  asked: z.number().int(),
  cached: z.number().int(),
  suggestions: z.number().int(),
  ungrounded: z.number().int(),
  /** Claims left out because they repeat a curator's decision or a value already there. */
  heldBack: z.number().int(),
  /** Articles left alone: submitted, approved, or (for a curator) assigned to another curator. */
  locked: z.number().int(),
  cancelled: z.boolean(),
  failures: z.array(
    z.object({ articleId: z.number().int(), code: z.string(), message: z.string() }),
  ),
});
export type ModelSuggestReport = z.infer<typeof modelSuggestReportSchema>;
