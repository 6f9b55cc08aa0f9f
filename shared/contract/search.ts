import { z } from 'zod';
import { displayName } from './well-formed-text';
import { articleFilterSchema } from './articles';

const savedSearchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  filter: articleFilterSchema,
  createdBy: z.string(),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

/**
 * Saved searches: a named article filter (the search itself is `articles.list` with a `query`).
 * Handlers: electron/api/search-handlers.ts.
 */
export const searchContract = {
  'searches.list': {
    input: z.object({}).strict(),
    output: z.array(savedSearchSchema),
  },
  /** Saves the filter under a name (saving an existing name replaces its filter). */
  'searches.save': {
    input: z.object({ name: displayName(100), filter: articleFilterSchema }).strict(),
    output: savedSearchSchema,
  },
  'searches.delete': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ id: z.number().int(), deleted: z.literal(true) }),
  },
} as const;
