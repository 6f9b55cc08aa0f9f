import { z } from 'zod';

/** Far more columns than a table has; a bound keeps a bad call cheap to refuse. */
const maxColumns = 10_000;

/**
 * How the rows of a .csv/.jsonl table become articles: which column holds the text, which the
 * title, and which are kept as the document's metadata.
 */
export const columnMappingSchema = z
  .object({
    textColumn: z.string().min(1),
    titleColumn: z.string().min(1).optional(),
    metadataColumns: z.array(z.string().min(1)).max(maxColumns),
    /**
     * The column set the mapping was made for. When given, tables with other columns keep their
     * remembered (or guessed) mapping instead; without it the mapping applies to every table,
     * and a table lacking one of its columns fails with a message naming that column.
     */
    columns: z.array(z.string()).max(maxColumns).optional(),
  })
  .strict();
export type ColumnMappingInput = z.infer<typeof columnMappingSchema>;

const sampleRowSchema = z.record(z.string(), z.string());

/** Rows of a table, by how many and the first few lines they start on (a long list is cut). */
export const rowLinesSchema = z.object({
  count: z.number().int(),
  lines: z.array(z.number().int()),
});
export type RowLines = z.infer<typeof rowLinesSchema>;

/**
 * The rows the import will leave out, so the preview can say so before importing: those that
 * cannot be read at all (ragged, not a JSON object), and per column those with no text in it,
 * which are left out if that column is chosen as the text column.
 */
export const leftOutRowsSchema = z.object({
  unreadable: rowLinesSchema,
  emptyByColumn: z.record(z.string(), rowLinesSchema),
});
export type LeftOutRows = z.infer<typeof leftOutRowsSchema>;

/** One table found under the inspected paths, or why it could not be read. */
export const tableInspectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('table'),
    path: z.string(),
    name: z.string(),
    columns: z.array(z.string()),
    rowCount: z.number().int(),
    /** The first rows, each value cut short: enough to recognise the columns. */
    sampleRows: z.array(sampleRowSchema),
    /** The remembered mapping for these columns, else a guess. */
    mapping: z.object({
      textColumn: z.string(),
      titleColumn: z.string().optional(),
      metadataColumns: z.array(z.string()),
    }),
    remembered: z.boolean(),
    /** Absent from inspections made before the preview counted them. */
    leftOut: leftOutRowsSchema.optional(),
  }),
  z.object({ kind: z.literal('error'), path: z.string(), name: z.string(), message: z.string() }),
]);
export type TableInspection = z.infer<typeof tableInspectionSchema>;
