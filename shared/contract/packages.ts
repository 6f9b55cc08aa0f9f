import { z } from 'zod';
import { absoluteFilePath } from './file-path';
import { articleFilterSchema } from './articles';

/** Work packages (issue 20): hand a selection to an offline curator, merge the work back. */

const choiceSchema = z.enum(['package', 'main']);

const conflictSideSchema = z.object({
  /** What the side holds, in words; null when that side removed the row. */
  summary: z.string().nullable(),
  /** The value's spans on that side (code points of the document text, with their text). */
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
  actor: z.string().nullable(),
  at: z.string().nullable(),
  /** A value conflict's value (as stored, parsed) and review state on this side. */
  value: z.unknown().optional(),
  state: z.string().optional(),
});

export const mergeConflictSchema = z.object({
  /** `value:12`, `state:4`, `article:4`, `segmentation:2`: the key a choice is given under. */
  id: z.string(),
  /** `article`: the same article changed in different ways on both sides (say approved in the
   * project while the package edited its values). */
  kind: z.enum(['value', 'state', 'article', 'segmentation']),
  rowId: z.number().int(),
  documentId: z.number().int(),
  field: z.string().nullable(),
  main: conflictSideSchema,
  package: conflictSideSchema,
});
export type MergeConflictDto = z.infer<typeof mergeConflictSchema>;

const mergeSummarySchema = z.object({
  segmentation: z.number().int(),
  states: z.number().int(),
  values: z.number().int(),
  removed: z.number().int(),
  added: z.number().int(),
  comments: z.number().int(),
  notApplied: z.number().int(),
  auditRows: z.number().int(),
  resolved: z.number().int(),
});

const agreementValueSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  fieldKey: z.string(),
  valueKey: z.string(),
  state: z.string(),
  spans: z.string(),
});

const agreementPairSchema = z.object({
  curators: z.tuple([z.string(), z.string()]),
  /** Articles both curators were given. */
  articles: z.number().int(),
  fields: z.array(
    z.object({
      field: z.string(),
      f1: z.number().nullable(),
      kept: z.tuple([z.number().int(), z.number().int()]),
    }),
  ),
  f1: z.number().nullable(),
  kappa: z.number().nullable(),
  decisions: z.number().int(),
});

const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

/** A curator's version of a value, as a merged package recorded it. */
const versionSchema = z.object({
  /** The value's id in the project; negative: a value only in the package (never applied). */
  id: z.number().int(),
  state: z.string(),
  /** The value as stored (parsed): the field's type formats it. */
  value: z.unknown(),
  raw: z.string(),
  spans: z.array(spanSchema),
  actor: z.string().nullable(),
  at: z.string().nullable(),
});

const disagreementSchema = z.object({
  /** The key a decision is given under (stable across calls). */
  key: z.string(),
  articleId: z.number().int(),
  field: z.string(),
  curators: z.tuple([z.string(), z.string()]),
  /** Each curator's version; null: that curator keeps no such value. */
  versions: z.tuple([versionSchema.nullable(), versionSchema.nullable()]),
  /** The project's values the versions refer to, as they are now. */
  current: z.array(
    z.object({
      id: z.number().int(),
      revision: z.number().int(),
      state: z.string(),
      value: z.unknown(),
      raw: z.string(),
      spans: z.array(spanSchema),
    }),
  ),
});
export type DisagreementDto = z.infer<typeof disagreementSchema>;

export const adjudicationChoices = ['a', 'b', 'both', 'neither', 'edit'] as const;

export const packagesContract = {
  /**
   * Project → Create Work Package…: writes `out`, a project file of the chosen articles' pages
   * stamped with this project's id and every row's revision. Reviewers and admins.
   */
  'packages.create': {
    input: z
      .object({
        out: absoluteFilePath(),
        overwrite: z.boolean().default(false),
        filter: articleFilterSchema.optional(),
        savedSearchId: z.number().int().positive().optional(),
        articleIds: z.array(z.number().int().positive()).min(1).max(1_000_000).optional(),
      })
      .strict(),
    output: z.object({
      packageId: z.string(),
      path: z.string(),
      documents: z.number().int(),
      articles: z.number().int(),
      values: z.number().int(),
      auditRows: z.number().int(),
    }),
  },
  /**
   * Project → Merge Work Package…: without a choice for every conflict nothing is written and
   * the conflicts come back (both sides, authors, times, spans); send again with `choices` (per
   * conflict id) and/or `prefer` (every other conflict).
   */
  'packages.merge': {
    input: z
      .object({
        file: absoluteFilePath(),
        choices: z.record(z.string(), choiceSchema).optional(),
        prefer: choiceSchema.optional(),
      })
      .strict(),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('conflicts'),
        packageId: z.string(),
        conflicts: z.array(mergeConflictSchema),
      }),
      z.object({
        status: z.literal('already-merged'),
        packageId: z.string(),
        mergedAt: z.string(),
      }),
      z.object({
        status: z.literal('merged'),
        packageId: z.string(),
        summary: mergeSummarySchema,
        notes: z.array(z.string()),
      }),
    ]),
  },
  /**
   * Double annotation: for every pair of merged packages that shared articles, F1 per field and
   * overall on the values both kept (exact spans) and Cohen's kappa on their accept/reject
   * decisions, and the values their curators decided differently.
   */
  'agreement.stats': {
    input: z.object({}).strict(),
    output: z.object({
      pairs: z.array(agreementPairSchema),
      disagreements: z.array(
        z.object({
          articleId: z.number().int(),
          field: z.string(),
          valueId: z.number().int(),
          curators: z.tuple([z.string(), z.string()]),
          versions: z.tuple([agreementValueSchema.nullable(), agreementValueSchema.nullable()]),
        }),
      ),
      /** Disagreements no reviewer has adjudicated yet (the figures stay the curators'). */
      open: z.number().int(),
    }),
  },
  /**
   * Adjudication of double annotation: the disagreements still open, each with both curators'
   * versions (value, state, spans with their text, who and when) and the project's values now.
   */
  'adjudication.list': {
    input: z.object({}).strict(),
    output: z.object({ open: z.array(disagreementSchema), total: z.number().int() }),
  },
  /**
   * Decides one disagreement: take curator A's version, B's, both, neither, or `text` typed by
   * the reviewer (`edit`); written through the value writers (audited, revisioned). `seen`: the
   * revisions of the project's values the reviewer saw (value id → revision); a stale one refuses.
   */
  'adjudication.decide': {
    input: z
      .object({
        key: z.string().min(1),
        choice: z.enum(adjudicationChoices),
        text: z.string().optional(),
        seen: z.record(z.string(), z.number().int()).optional(),
      })
      .strict(),
    output: z.object({
      key: z.string(),
      choice: z.enum(adjudicationChoices),
      values: z.array(z.number().int()),
    }),
  },
  /**
   * Each curator's version of one article, as merged work packages recorded it: the values they
   * decided (state, spans, who and when), whatever the merges took. Oldest merge first.
   */
  'versions.list': {
    input: z.object({ articleId: z.number().int().positive() }).strict(),
    output: z.object({
      versions: z.array(
        z.object({
          curator: z.string(),
          packageId: z.string(),
          mergedAt: z.string(),
          values: z.array(versionSchema.extend({ field: z.string() })),
        }),
      ),
    }),
  },
  /** Undoes an adjudication: its value writes are reverted and the disagreement is open again. */
  'adjudication.undo': {
    input: z.object({ key: z.string().min(1) }).strict(),
    output: z.object({ key: z.string() }),
  },
};
