import { z } from 'zod';
import { importEncodingSchema, jobStateSchema } from './domain';
import { columnMappingSchema, tableInspectionSchema } from './table-mapping';

/**
 * Bringing files into the project (in a worker; poll `jobs.get`), choosing a table's columns
 * first, and reading a document again with another encoding. Handlers:
 * electron/api/import-handlers.ts.
 */
export const importContract = {
  /** Imports files and folders on this computer, in a worker; poll jobs.get for progress. */
  'import.start': {
    input: z
      .object({
        paths: z.array(z.string().min(1)).min(1),
        maxBytes: z.number().int().positive().optional(),
        columnMapping: columnMappingSchema.optional(),
        encoding: importEncodingSchema.optional(),
      })
      .strict(),
    output: jobStateSchema,
  },
  /** The .csv/.jsonl tables under the paths, to choose their columns before import.start. */
  'import.inspectTables': {
    input: z
      .object({
        paths: z.array(z.string().min(1)).min(1),
        encoding: importEncodingSchema.optional(),
      })
      .strict(),
    output: z.array(tableInspectionSchema),
  },
  /** Imports files sent by the window itself (drag-and-drop, file picker), as base64 bytes. */
  'import.upload': {
    input: z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), dataBase64: z.string() }).strict())
          .min(1),
        maxBytes: z.number().int().positive().optional(),
        columnMapping: columnMappingSchema.optional(),
        encoding: importEncodingSchema.optional(),
      })
      .strict(),
    output: jobStateSchema,
  },
  /** Re-reads a document's bytes with another encoding, rebuilding its articles. */
  'documents.redecode': {
    input: z
      .object({ documentId: z.number().int().positive(), encoding: z.string().min(1).max(40) })
      .strict(),
    output: z.object({
      changed: z.boolean(),
      encoding: z.string(),
      articleIds: z.array(z.number().int()),
    }),
  },
} as const;
