import { z } from 'zod';
import { valueStates } from './domain';
import { apiErrorSchema } from './errors';
import { valueStateInputSchema } from './values';
import { typedText } from './well-formed-text';

/**
 * The field grid and the confidence queue (issue 21, points 1 and 2): the values of one or more
 * fields across every article, a page at a time. Handlers: electron/api/grid-handlers.ts.
 *
 * Sorts: a column of the grid, or `field` (the fields in the order asked, each least certain
 * first: the queue's "by field"). `rule` orders by rule, then confidence (the queue's "by rule").
 */
export const gridSorts = [
  'article',
  'value',
  'raw',
  'confidence',
  'rule',
  'state',
  'field',
] as const;
export type GridSort = (typeof gridSorts)[number];

/** The most values one page holds. */
export const MAX_GRID_PAGE = 500;

export const gridFilterSchema = z
  .object({
    /** Only values in these states; every state when empty. */
    states: z.array(z.enum(valueStates)).max(valueStates.length).default([]),
    /** Only values of this extraction rule (`rule:hospital@1`); '' for values no rule made. */
    rule: z.string().max(200).optional(),
    /** Only values whose text as written contains this. */
    text: z.string().min(1).max(200).optional(),
    /** Only values of articles whose title contains this. */
    title: z.string().min(1).max(200).optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    maxConfidence: z.number().min(0).max(1).optional(),
  })
  .strict();
export type GridFilter = z.input<typeof gridFilterSchema>;

/**
 * Where a page ends: the sort keys and id of its last row, which the next page starts after
 * (keyset paging: each page is a range of an index, however far down it is).
 */
export const gridCursorSchema = z
  .object({
    fieldKey: z.string(),
    keys: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .max(2),
    id: z.number().int(),
  })
  .strict();
export type GridCursor = z.infer<typeof gridCursorSchema>;

export const gridQuerySchema = z
  .object({
    /** Field keys of the active schema; every field when empty. */
    fields: z.array(z.string().min(1)).max(200).default([]),
    filter: gridFilterSchema.default({ states: [] }),
    sort: z.enum(gridSorts).default('article'),
    descending: z.boolean().default(false),
    after: gridCursorSchema.nullable().default(null),
    limit: z.number().int().min(1).max(MAX_GRID_PAGE).default(100),
    /** Count every matching value (the first page asks; later pages keep that count). */
    count: z.boolean().default(false),
  })
  .strict();
export type GridQuery = z.input<typeof gridQuerySchema>;

/** The text around a value's first span: `before`, the span itself, `after`. */
export const gridSnippetSchema = z.object({
  before: z.string(),
  marked: z.string(),
  after: z.string(),
});

export const gridRowSchema = z.object({
  valueId: z.number().int(),
  revision: z.number().int(),
  articleId: z.number().int(),
  articleTitle: z.string().nullable(),
  articleStatus: z.string(),
  fieldKey: z.string(),
  value: z.unknown(),
  raw: z.string(),
  origin: z.enum(['extracted', 'curator']),
  extractor: z.string().nullable(),
  confidence: z.number().nullable(),
  state: z.enum(valueStates),
  /** The first span (document code points), null for a value without provenance. */
  span: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  snippet: gridSnippetSchema.nullable(),
});
export type GridRow = z.infer<typeof gridRowSchema>;

export const gridPageSchema = z.object({
  rows: z.array(gridRowSchema),
  /** Where the next page starts; null after the last row. */
  next: gridCursorSchema.nullable(),
  /** Every matching value, when the query asked for the count. */
  total: z.number().int().nullable(),
});
export type GridPage = z.infer<typeof gridPageSchema>;

/** What a bulk write did to each value: written (with the new revision) or refused, and why. */
export const gridOutcomeSchema = z.object({
  done: z.array(z.object({ valueId: z.number().int(), revision: z.number().int() })),
  refused: z.array(
    apiErrorSchema.pick({ code: true, message: true, key: true, params: true }).extend({
      valueId: z.number().int(),
    }),
  ),
});
export type GridOutcome = z.infer<typeof gridOutcomeSchema>;

/** The most values one bulk write may name. */
export const MAX_GRID_BULK = 5000;

export const gridContract = {
  /** One page of the grid (or the queue): values with their article, rule and snippet. */
  'grid.list': { input: gridQuerySchema, output: gridPageSchema },
  /**
   * Accepts or rejects the selected values, each exactly as the fields panel's ✓ and ✗ do
   * (values.setState: revision checked, audited, article rules applied). Unlike
   * values.setStates it is not all-or-none: a selection across thousands of articles holds some
   * that are approved or changed since, and those are refused one by one and named.
   */
  'grid.setStates': {
    input: z.object({ items: z.array(valueStateInputSchema).min(1).max(MAX_GRID_BULK) }).strict(),
    output: gridOutcomeSchema,
  },
  /** Sets the selected values to one text, each as values.edit does; refusals named per value. */
  'grid.edit': {
    input: z
      .object({
        items: z
          .array(
            z
              .object({
                valueId: z.number().int().positive(),
                revision: z.number().int().positive(),
              })
              .strict(),
          )
          .min(1)
          .max(MAX_GRID_BULK),
        text: typedText(1, 2000),
      })
      .strict(),
    output: gridOutcomeSchema,
  },
} as const;
