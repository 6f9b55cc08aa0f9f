import { z } from 'zod';
import { modelSuggestReportSchema } from './model-report';

/** A half-open range `[start, end)` in code points of a document's text. */
export const rangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((r) => r.end >= r.start, { message: 'end must not be before start' });

export const articleStatuses = [
  'new',
  'in_progress',
  'submitted',
  'approved',
  'changes_requested',
] as const;
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const offSubjectSchema = z.object({
  subject: z.object({ 'zh-CN': z.string(), en: z.string() }),
  reason: z.string(),
});
export type OffSubject = z.infer<typeof offSubjectSchema>;

export const articleSummarySchema = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  documentName: z.string(),
  ordinal: z.number().int(),
  title: z.string().nullable(),
  status: articleStatusSchema,
  /** Code points covered by the article's ranges. */
  length: z.number().int(),
  /** The article contains a paragraph repeated on its page: the curator should look. */
  flagged: z.boolean(),
  /**
   * Set when extraction judged the article not about the schema's subject (a school's news in a
   * hospital project): the subject's name for the badge, and the counts behind the verdict.
   */
  offSubject: offSubjectSchema.nullable(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const pageMarkSchema = z.object({
  kind: z.enum(['chrome', 'repeat']),
  start: z.number().int(),
  end: z.number().int(),
  reason: z.string(),
});

export const articleDetailSchema = articleSummarySchema.extend({
  revision: z.number().int(),
  encoding: z.string(),
  kicker: z.string().nullable(),
  /** Why import cut the page here ('kicker line 12', …). */
  signals: z.array(z.string()),
  /** Chrome and repeated paragraphs of the page that overlap this article. */
  marks: z.array(pageMarkSchema),
  ranges: z.array(rangeSchema),
  /** The text of each range, in order: exactly `documentText.slice(range)` in code points. */
  segments: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type ArticleDetail = z.infer<typeof articleDetailSchema>;

export const projectInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  documentCount: z.number().int(),
  articleCount: z.number().int(),
  createdAt: z.string(),
});
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

/** How many skipped or duplicate files a job's report names; the rest are counted. */
export const reportListedFiles = 200;

/**
 * A finished import as the window shows it: counts, and the first skipped and duplicate files by
 * name. Not every file: the report of a 10,000-file import was 1.4 MB that the window parsed,
 * checked and compared just as the import ended (a 35 ms stall). The project's import history
 * keeps every file.
 */
export const importReportSchema = z.object({
  /** Files imported. */
  files: z.number().int(),
  articles: z.number().int(),
  cancelled: z.boolean(),
  duplicateCount: z.number().int(),
  skippedCount: z.number().int(),
  duplicates: z
    .array(z.object({ path: z.string(), name: z.string(), matchedName: z.string() }))
    .max(reportListedFiles),
  skipped: z
    .array(
      z.object({ path: z.string(), name: z.string(), reason: z.string(), message: z.string() }),
    )
    .max(reportListedFiles),
  /**
   * Articles extracted after the import (or by a re-run), of which `resumed` an earlier import
   * had stored and never extracted; the suggestions stored.
   */
  extracted: z.number().int(),
  resumed: z.number().int(),
  suggestions: z.number().int(),
  /** Suggestions not stored because they repeat a curator's decision on the same value. */
  heldBack: z.number().int(),
  /** When cancelled, the phase that was stopped: it says what was kept. */
  stoppedIn: z.enum(['import', 'extract', 'index']).nullable(),
  /** Articles stored whose rules failed (no suggestions; the next import tries them again). */
  unextractedCount: z.number().int(),
  unextracted: z
    .array(z.object({ name: z.string(), articleId: z.number().int(), message: z.string() }))
    .max(reportListedFiles),
  /**
   * Field patterns extraction skipped as over their time budget: the field, the pattern, how many
   * articles it was not run on and the first of them (the one it ran over on first).
   */
  patternsSkipped: z
    .array(
      z.object({
        field: z.string(),
        pattern: z.string(),
        articles: z.number().int(),
        examples: z.array(z.object({ articleId: z.number().int(), name: z.string() })).max(5),
      }),
    )
    .max(reportListedFiles)
    .optional(),
  /**
   * Suggestions extraction did not store because their field was retired, removed or changed (or
   * the project switched schema) while it ran: the field, why, and how many.
   */
  fieldsLeftOut: z
    .array(
      z.object({
        field: z.string(),
        reason: z.enum(['retired', 'removed', 'changed', 'other-schema']),
        suggestions: z.number().int(),
      }),
    )
    .max(reportListedFiles)
    .optional(),
});

/** What a finished export job wrote (a dataset's sha256 is its manifest's). */
export const exportResultSchema = z.object({
  path: z.string(),
  articles: z.number().int(),
  values: z.number().int(),
  sha256: z.string(),
  /** The file is whole, but the project could not add it to its list of exports, and why. */
  notRecorded: z.enum(['locked', 'read-only', 'disk-full']).optional(),
});

export const jobStateSchema = z.object({
  id: z.string(),
  kind: z.enum(['import', 'extract', 'export', 'suggest']),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: z.object({
    /**
     * Import reads and stores files; extraction then suggests values for the new articles; the
     * search index then takes in the new text, in one batch.
     */
    phase: z.enum(['import', 'extract', 'index', 'export', 'suggest']),
    done: z.number().int(),
    total: z.number().int(),
    currentFile: z.string().nullable(),
  }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  report: importReportSchema.nullable(),
  /** Export jobs only; absent on import and extraction jobs. */
  exportResult: exportResultSchema.nullable().optional(),
  /** "Suggest with model" jobs only (shared/contract/model.ts). */
  suggestReport: modelSuggestReportSchema.nullable().optional(),
  /** A failed job's message in English (what the command line prints). */
  error: z.string().nullable(),
  /** A failed job's registry key and parameters: the window says the failure in its language. */
  errorReason: z
    .object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
    .nullable()
    .optional(),
});
export type JobStatePayload = z.infer<typeof jobStateSchema>;

export const exportFormatSchema = z.enum([
  'jsonl',
  'csv',
  'csv-long',
  'xlsx',
  'parquet',
  'dataset',
]);
export type ExportFormatName = z.infer<typeof exportFormatSchema>;

/** A finished export as recorded in the project: who, when, what was chosen, and its hash. */
export const exportEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  format: z.string(),
  filter: z.unknown(),
  articleCount: z.number().int(),
  valueCount: z.number().int(),
  sha256: z.string(),
  path: z.string(),
});
export type ExportEntryPayload = z.infer<typeof exportEntrySchema>;

/** Encodings a curator can pick to re-read a document or decode an import with. */
export const selectableEncodings = [
  'utf-8',
  'gb18030',
  'gbk',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'utf-16le',
  'utf-16be',
  'iso-2022-jp',
  'hz-gb-2312',
  'windows-1252',
] as const;

/**
 * The encoding chosen for an import ("decode as…"): every file of the import is read with it,
 * without detection. Any name the main side knows is accepted (not only selectableEncodings, so
 * `gleaner import --encoding cp936` works); an unknown name is refused there, naming it.
 */
export const importEncodingSchema = z.string().trim().min(1).max(40);

export const valueStates = ['suggested', 'accepted', 'edited', 'rejected', 'added'] as const;

/**
 * What a segmentation correction does to curated work: values move with the text their spans
 * lie in (counted by state), the others stay, a value whose spans the change divides is kept on
 * both sides (each with its own spans); comments of a merged-away article move with it.
 */
export const segmentationEffectSchema = z.object({
  valuesMoving: z.array(z.object({ state: z.enum(valueStates), count: z.number().int() })),
  valuesStaying: z.number().int(),
  /** Values with spans on both sides of a split or moved text: each side keeps its own copy. */
  valuesDivided: z.number().int(),
  commentsMoving: z.number().int(),
});
export type SegmentationEffect = z.infer<typeof segmentationEffectSchema>;

export const segmentationResultSchema = z.object({
  /** The page's articles after the correction, in page order. */
  articleIds: z.array(z.number().int()),
  /** The correction's audit row, which articles.undoCorrection takes; null for a dry run. */
  correctionId: z.number().int().nullable(),
  effect: segmentationEffectSchema,
});
export type SegmentationResult = z.infer<typeof segmentationResultSchema>;

export const fieldValueSchema = z.object({
  id: z.number().int(),
  fieldKey: z.string(),
  ordinal: z.number().int(),
  /** The normalised value (shape depends on the field's type). */
  value: z.unknown(),
  raw: z.string(),
  origin: z.enum(['extracted', 'curator']),
  extractor: z.string().nullable(),
  confidence: z.number().nullable(),
  state: z.enum(valueStates),
  revision: z.number().int(),
  /** Provenance: code-point spans of the document, each with the exact text it covers. */
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type FieldValuePayload = z.infer<typeof fieldValueSchema>;

export const schemaFieldSummarySchema = z.object({
  key: z.string(),
  labels: z.object({ 'zh-CN': z.string(), en: z.string() }),
  type: z.string(),
  cardinality: z.enum(['one', 'many']),
  required: z.boolean(),
  guideline: z.string().optional(),
  hotkey: z.string().optional(),
  /** The highlight hue chosen in Fields… (a FIELD_HUES entry); none: the hue of its place. */
  color: z.string().optional(),
});

export const articleFieldsSchema = z.object({
  schema: z.object({
    id: z.string(),
    version: z.number().int(),
    fields: z.array(schemaFieldSummarySchema),
  }),
  values: z.array(fieldValueSchema),
});
export type ArticleFieldsPayload = z.infer<typeof articleFieldsSchema>;
