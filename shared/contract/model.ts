import { z } from 'zod';
import { articleFilterSchema } from './articles';
import { jobStateSchema } from './domain';

export { modelSuggestReportSchema, type ModelSuggestReport } from './model-report';

/**
 * Where the project's local model is, for "Suggest with model" (issue 22, point 5). An empty
 * endpoint means none is set. Without `allowRemote` only this machine (loopback) is accepted:
 * articles are often unpublished, and nothing goes to another host unless the project says so.
 */
export const modelSettingsSchema = z.object({
  /** The OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 for Ollama. */
  endpoint: z.string().trim().max(2000),
  model: z.string().trim().max(200),
  /** How long one article's request may take before it is given up (seconds). */
  timeoutSeconds: z.number().int().min(1).max(3600),
  allowRemote: z.boolean(),
});
export type ModelSettings = z.infer<typeof modelSettingsSchema>;

/** Why a claim was not stored: no quote, a quote not in the text, no such field, or a value that does not read as its field's type. */
export const ungroundedReasons = [
  'empty-quote',
  'not-found',
  'unknown-field',
  'invalid-value',
] as const;
export type UngroundedReason = (typeof ungroundedReasons)[number];

/** A value a model claimed that is not in the article's text: shown, never exported. */
export const ungroundedValueSchema = z.object({
  id: z.number().int(),
  fieldKey: z.string(),
  value: z.string(),
  quote: z.string(),
  reason: z.enum(ungroundedReasons),
  /** `model:<name>`. */
  extractor: z.string(),
});
export type UngroundedValue = z.infer<typeof ungroundedValueSchema>;

/** Handlers: electron/api/model-handlers.ts. */
export const modelContract = {
  'modelSettings.get': {
    input: z.object({}).strict(),
    output: modelSettingsSchema,
  },
  /** Admins point the project at a model (checked: a URL, on this machine unless allowed). */
  'modelSettings.update': {
    input: modelSettingsSchema.strict(),
    output: modelSettingsSchema,
  },
  /**
   * Starts the job over some articles (the open one), those the list's filter selects (all of
   * them, not only the rows loaded), or every article of the project.
   */
  'model.suggest': {
    input: z
      .object({
        scope: z.enum(['articles', 'listed', 'all']),
        articleIds: z.array(z.number().int().positive()).max(100_000).default([]),
        filter: articleFilterSchema.default({}),
      })
      .strict(),
    output: jobStateSchema,
  },
  'ungrounded.list': {
    input: z.object({ articleId: z.number().int().positive() }).strict(),
    output: z.array(ungroundedValueSchema),
  },
} as const;
