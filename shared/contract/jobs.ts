import { z } from 'zod';
import { jobStateSchema } from './domain';

/**
 * Long work running off the main thread (import, extraction, export): its progress, and
 * cancelling it. Handlers: electron/api/jobs-handlers.ts.
 */
export const jobsContract = {
  'jobs.get': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: jobStateSchema,
  },
  'jobs.list': {
    input: z.object({}).strict(),
    output: z.array(jobStateSchema),
  },
  'jobs.cancel': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: jobStateSchema,
  },
} as const;
