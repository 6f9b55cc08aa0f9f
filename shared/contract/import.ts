import { z } from 'zod';
import { filePath } from './file-path';
import { importEncodingSchema, jobStateSchema } from './domain';
import { columnMappingSchema, tableInspectionSchema } from './table-mapping';

/** More paths than a file dialog or a drop ever gives; a bound keeps a bad call cheap to refuse. */
const maxImportPaths = 100_000;
/** Files in one upload (the whole body is capped in bytes as well: see electron/server). */
const maxUploadFiles = 10_000;

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
        paths: z.array(filePath()).min(1).max(maxImportPaths),
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
        paths: z.array(filePath()).min(1).max(maxImportPaths),
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
          .min(1)
          .max(maxUploadFiles),
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
