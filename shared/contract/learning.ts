import { z } from 'zod';
import { filePath } from './file-path';
import { typedText } from './well-formed-text';

const standing = z.enum(['suggested', 'blocked', 'removed', 'unused']);

export const lexiconEntrySchema = z.object({
  fieldKey: z.string(),
  /** The learned text, without whitespace. */
  text: z.string(),
  /** Values with this text curators keep (accepted, fixed to it, added) and rejected. */
  keeps: z.number().int(),
  rejects: z.number().int(),
  /** The first articles that kept it. */
  articleIds: z.array(z.number().int()),
  /** The value suggested when it is not the text as found (an alias, a structured value). */
  value: z.unknown(),
  standing,
  /** Whether a curator edited the entry in the lexicon view. */
  edited: z.boolean(),
  /** Whether the text is in the field's word list (saved with the schema). */
  inWordList: z.boolean().optional(),
});
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

export const learnedEvidenceSchema = z.object({
  valueId: z.number().int(),
  fieldKey: z.string(),
  text: z.string(),
  keeps: z.number().int(),
  rejects: z.number().int(),
  /** The first articles (other than this one) where curators kept the text. */
  articleIds: z.array(z.number().int()),
});
export type LearnedEvidence = z.infer<typeof learnedEvidenceSchema>;

/**
 * Learning from curators' decisions (issue 22, point 4): the project's learned lexicon, the
 * evidence of learned suggestions, and the rejection threshold. Handlers:
 * electron/api/learning-handlers.ts.
 */
export const learningContract = {
  /** The learned lexicon, one field's or all, optionally those whose text holds `query`. */
  'lexicon.list': {
    input: z
      .object({
        fieldKey: z.string().min(1).optional(),
        query: z.string().max(100).optional(),
      })
      .strict(),
    output: z.object({
      /** Rejections of a text for a field that stop it being suggested there. */
      threshold: z.number().int(),
      entries: z.array(lexiconEntrySchema),
    }),
  },
  /**
   * A curator's edit of one entry: `remove` (never suggested), `keep` (suggested whatever the
   * rejections; `valueText` makes it suggest that value instead, parsed by the field's type;
   * also adds a text nobody decided yet) or `reset` (the decisions decide again).
   */
  'lexicon.edit': {
    input: z
      .object({
        fieldKey: z.string().min(1),
        text: typedText(1, 200),
        action: z.enum(['remove', 'keep', 'reset']),
        valueText: typedText(1, 2000).optional(),
      })
      .strict(),
    output: lexiconEntrySchema,
  },
  /**
   * Reads a word list into a field's lexicon: a .csv/.txt file or an .xlsx workbook (its first
   * sheet) of rows `text` or `text,value`,
   * or `text = value` in one cell (found as the first, suggested as the second).
   */
  'lexicon.import': {
    input: z.object({ fieldKey: z.string().min(1), path: filePath() }).strict(),
    output: z.object({
      imported: z.number().int(),
      skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
    }),
  },
  /** Why each learned suggestion of the article was made (the entry and where it was kept). */
  'evidence.list': {
    input: z.object({ articleId: z.number().int().positive() }).strict(),
    output: z.array(learnedEvidenceSchema),
  },
  /**
   * A field's patterns (not saved yet) run over the project's first articles as extraction runs
   * them: how many values, in how many articles, and the first hits with their spans.
   */
  'patternPreview.get': {
    input: z
      .object({
        fieldKey: z.string().min(1),
        patterns: z
          .array(z.object({ name: z.string().min(1), regex: z.string().min(1) }).strict())
          .max(50),
      })
      .strict(),
    output: z.object({
      articlesScanned: z.number().int(),
      articlesTotal: z.number().int(),
      articlesWithHits: z.number().int(),
      hits: z.number().int(),
      samples: z.array(
        z.object({
          articleId: z.number().int(),
          title: z.string().nullable(),
          value: z.unknown(),
          spans: z.array(
            z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
          ),
        }),
      ),
    }),
  },
  /** How many rejections of a text for a field stop it (a project setting, admins only). */
  'lexicon.setThreshold': {
    input: z.object({ threshold: z.number().int().min(1).max(1000) }).strict(),
    output: z.object({ threshold: z.number().int() }),
  },
} as const;
