import { z } from 'zod';
import { VALUE_KINDS } from '../schema';
import { BUILT_IN_SCHEMA_NAMES } from '../schema/builtin';
import { jobStateSchema } from './domain';

/**
 * The project's field schema (which fields a record has) and running extraction again after it
 * or the rules changed. Handlers: electron/api/schema-handlers.ts.
 */
export const schemaContract = {
  /**
   * The active field schema in full, with how many values each field holds. The schema travels
   * as plain JSON here; the service validates it with parseFieldSchema (errors name the field).
   */
  'schema.get': {
    input: z.object({}).strict(),
    output: z.object({
      schema: z.record(z.string(), z.unknown()),
      valueCounts: z.record(z.string(), z.number().int()),
      /** The rules a field may take values from: each output with its kind (the mapping). */
      extractors: z
        .array(
          z.object({
            id: z.string(),
            outputs: z.array(z.object({ name: z.string(), kind: z.enum(VALUE_KINDS) })),
            options: z.array(z.literal('subjectInstitution')).optional(),
          }),
        )
        .optional(),
    }),
  },
  /** Saves an edited schema as the next version; removing or retyping a used field is refused. */
  'schema.update': {
    input: z.object({ schema: z.record(z.string(), z.unknown()) }).strict(),
    output: z.object({ id: z.string(), version: z.number().int() }),
  },
  /**
   * Makes a built-in schema (by name) or a schema file's JSON the project's: a new project's
   * choice, or Fields… → Import. The same id is saved as the next version (as an edit); another
   * id only while the project holds no values. The mapping is checked (unknown extractor, a kind
   * that does not fit the field: refused, naming both).
   */
  'schema.choose': {
    input: z
      .object({
        source: z.union([z.enum(BUILT_IN_SCHEMA_NAMES), z.record(z.string(), z.unknown())]),
      })
      .strict(),
    output: z.object({ id: z.string(), version: z.number().int() }),
  },
  /** Every stored version of the active schema, newest first. */
  'schema.history': {
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        createdAt: z.string(),
        active: z.boolean(),
        fieldCount: z.number().int(),
      }),
    ),
  },
  /** Runs extraction again over every article (new rules or schema); curated values are kept. */
  'extraction.rerun': {
    input: z.object({}).strict(),
    output: jobStateSchema,
  },
} as const;
