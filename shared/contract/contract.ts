import { z } from 'zod';
import {
  articleDetailSchema,
  articleFieldsSchema,
  exportEntrySchema,
  exportFormatSchema,
  importEncodingSchema,
  jobStateSchema,
  projectInfoSchema,
  segmentationResultSchema,
} from './domain';
import { columnMappingSchema, tableInspectionSchema } from './table-mapping';
import {
  curationContract,
  valueStateInputSchema,
  valueStateOutputSchema,
} from './curation-contract';
import { reviewContract } from './review-contract';
import { desktopContract } from './desktop-contract';
import { packagesContract } from './packages';

/**
 * The one typed API between the renderer and the Node side. Every method is declared here once,
 * with zod schemas for its input and output. Electron's main process registers a handler per
 * method by walking this object, the preload exposes exactly these methods, and the browser-mode
 * server maps `POST /api/<method>` onto the same handlers.
 */
export const contract = {
  'project.info': {
    input: z.object({}).strict(),
    output: projectInfoSchema,
  },
  ...curationContract,
  ...reviewContract,
  ...desktopContract,
  ...packagesContract,
  'articles.get': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: articleDetailSchema,
  },
  /** The article's field values (with provenance) and the schema fields to show them under. */
  'articles.fields': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: articleFieldsSchema,
  },
  /** Accept or reject a value; `revision` is the one the caller saw (stale writes are refused). */
  'values.setState': {
    input: valueStateInputSchema,
    output: valueStateOutputSchema,
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
  /**
   * Segmentation corrections: split an article at a document offset (code points). Values go
   * with the text their spans lie in; `dryRun` answers what would move without changing anything.
   * Approved and submitted articles are refused until reopened or sent back.
   */
  'articles.split': {
    input: z
      .object({
        articleId: z.number().int().positive(),
        at: z.number().int().nonnegative(),
        dryRun: z.boolean().optional(),
      })
      .strict(),
    output: segmentationResultSchema,
  },
  /** Merges articles of one page into the first given; every value and comment moves along. */
  'articles.merge': {
    input: z
      .object({
        articleIds: z.array(z.number().int().positive()).min(2).max(1000),
        dryRun: z.boolean().optional(),
      })
      .strict(),
    output: segmentationResultSchema,
  },
  'articles.moveRange': {
    input: z
      .object({
        fromArticleId: z.number().int().positive(),
        toArticleId: z.number().int().positive(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        dryRun: z.boolean().optional(),
      })
      .strict()
      .refine((r) => r.end > r.start, { message: 'end must be after start', path: ['end'] }),
    output: segmentationResultSchema,
  },
  /**
   * Puts a page's articles, values and comments back exactly as they were before a correction
   * (its `correctionId`); refused (`conflict`) when the page changed since. Undoing an undo redoes.
   */
  'articles.undoCorrection': {
    input: z.object({ correctionId: z.number().int().positive() }).strict(),
    output: segmentationResultSchema,
  },
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
  /** Runs extraction again over every article (new rules or schema); curated values are kept. */
  'extraction.rerun': {
    input: z.object({}).strict(),
    output: jobStateSchema,
  },
  /** Exports to a file (or dataset folder) on this computer, in a worker; poll jobs.get. */
  'export.start': {
    input: z
      .object({
        format: exportFormatSchema,
        out: z.string().min(1),
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
  /**
   * The active field schema in full, with how many values each field holds. The schema travels
   * as plain JSON here; the service validates it with parseFieldSchema (errors name the field).
   */
  'schema.get': {
    input: z.object({}).strict(),
    output: z.object({
      schema: z.record(z.string(), z.unknown()),
      valueCounts: z.record(z.string(), z.number().int()),
    }),
  },
  /** Saves an edited schema as the next version; removing or retyping a used field is refused. */
  'schema.update': {
    input: z.object({ schema: z.record(z.string(), z.unknown()) }).strict(),
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
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The api object the renderer calls: one async function per method. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/**
 * Who makes a call: the transport's name for the window (IPC: its webContents) or browser tab
 * (HTTP: the session id the tab sends) it came from. The Node side keeps one session, the
 * signed-in profile, per client, so two windows never act under each other's name. `null` is a
 * client that did not say who it is: it gets a session of its own for that one call.
 */
export interface Caller {
  readonly client: string | null;
}

/**
 * Handlers on the Node side receive input already parsed (defaults filled in) and the caller,
 * passed down from the transport rather than kept in any shared state.
 */
export type Handlers = {
  [M in MethodName]: (
    input: ParsedInput<M>,
    caller: Caller,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
