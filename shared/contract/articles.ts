import { z } from 'zod';
import { typedText } from './well-formed-text';
import {
  articleDetailSchema,
  articleFieldsSchema,
  articleStatusSchema,
  articleSummarySchema,
  segmentationResultSchema,
} from './domain';

/**
 * Which articles: the article list, bulk assignment, saved searches and exports all take the
 * same filter, so a saved search selects the same articles everywhere.
 */
export const articleFilterSchema = z
  .object({
    status: articleStatusSchema.optional(),
    /** A profile id; `null` selects the articles nobody is assigned to. */
    assigneeId: z.number().int().positive().nullable().optional(),
    /** Articles with at least one value (not rejected) in this field. */
    fieldPresent: z.string().min(1).optional(),
    /** Articles with no value (other than rejected ones) in this field. */
    fieldMissing: z.string().min(1).optional(),
    /** Only articles flagged as containing a repeated paragraph. */
    flaggedOnly: z.boolean().optional(),
    /** Only articles with at least one comment thread nobody has resolved. */
    openComments: z.boolean().optional(),
    /**
     * 'off': only articles extraction judged not about the schema's subject; 'on': only the others
     * (those about it, and those never judged).
     */
    subject: z.enum(['on', 'off']).optional(),
    /** Full-text search over titles and text; one- and two-character queries work too. */
    query: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ArticleFilter = z.infer<typeof articleFilterSchema>;

export const articleSortSchema = z.enum(['document', 'title', 'status', 'updated', 'length']);
export type ArticleSort = z.infer<typeof articleSortSchema>;

/** Where a search matched: a short piece of the title or text, with the matches in it. */
export const searchMatchSchema = z.object({
  snippet: z.string(),
  /** Code-point ranges of the matches inside `snippet`. */
  ranges: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});

export const articleListItemSchema = articleSummarySchema.extend({
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  updatedAt: z.string(),
  match: searchMatchSchema.nullable(),
  /** Comment threads on the article nobody has resolved yet. */
  openComments: z.number().int(),
});
export type ArticleListItem = z.infer<typeof articleListItemSchema>;

/** What a curator or reviewer does to an article; the service checks role and current status. */
export const workflowActions = ['start', 'submit', 'approve', 'requestChanges', 'reopen'] as const;
export const workflowActionSchema = z.enum(workflowActions);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

/**
 * Articles: listing and reading them, correcting how a page was cut into articles, and moving
 * them through the review workflow. Handlers: electron/api/articles-handlers.ts.
 */
export const articlesContract = {
  'articles.list': {
    input: articleFilterSchema
      .extend({
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().positive().max(1000).default(200),
        sort: articleSortSchema.default('document'),
        descending: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      items: z.array(articleListItemSchema),
      total: z.number().int(),
      /** The search matched more than `total` (the list holds its first matches): "10,000+". */
      totalCapped: z.boolean().optional(),
    }),
  },
  'articles.get': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: articleDetailSchema,
  },
  /** The article's field values (with provenance) and the schema fields to show them under. */
  'articles.fields': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: articleFieldsSchema,
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
  /**
   * new → in progress → submitted → approved, or changes requested → in progress. Curators
   * submit, only reviewers approve or request changes, and an approved article is read-only until
   * a reviewer reopens it. `comment` goes with a request for changes (required there), and may
   * name one value.
   */
  'articles.transition': {
    input: z
      .object({
        articleId: z.number().int().positive(),
        revision: z.number().int().positive(),
        action: workflowActionSchema,
        comment: typedText(1, 4000).optional(),
        valueId: z.number().int().positive().optional(),
      })
      .strict(),
    output: z.object({
      id: z.number().int(),
      status: articleStatusSchema,
      revision: z.number().int(),
    }),
  },
  /** Assigns articles to a curator (`null` unassigns): the listed ones, or all matching a filter. */
  'articles.assign': {
    input: z
      .object({
        assigneeId: z.number().int().positive().nullable(),
        articleIds: z.array(z.number().int().positive()).min(1).max(1_000_000).optional(),
        filter: articleFilterSchema.optional(),
      })
      .strict()
      .refine((i) => (i.articleIds === undefined) !== (i.filter === undefined), {
        message: 'give either articleIds or filter',
        path: ['articleIds'],
      }),
    output: z.object({ count: z.number().int() }),
  },
} as const;
