import { z } from 'zod';
import { absoluteFilePath } from './file-path';
import { typedText } from './well-formed-text';

/** A span of the stored text a thread is about: code points of the document text, with its text. */
export const commentSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
});
export type CommentSpan = z.infer<typeof commentSpanSchema>;

/**
 * One comment. A comment with `replyTo: null` starts a thread, anchored to its article, one of
 * its values (`valueId`) or a span of its text (`span`); its replies name it in `replyTo` and
 * carry no anchor of their own. `resolvedAt`/`resolvedBy` are set on a thread's first comment
 * while the thread is resolved.
 */
export const commentSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  valueId: z.number().int().nullable(),
  author: z.string(),
  kind: z.enum(['comment', 'changes_requested', 'approved', 'reopened']),
  body: z.string(),
  at: z.string(),
  replyTo: z.number().int().nullable(),
  span: commentSpanSchema.nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});
export type CommentPayload = z.infer<typeof commentSchema>;

/** A value as it stands at one moment: normalised value, raw text and provenance spans. */
const valueSnapshotSchema = z.object({
  value: z.unknown(),
  raw: z.string(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day such as 2026-01-31');

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** The article the row is about, when it is still in the project (history.list only). */
  articleId: z.number().int().nullable().optional(),
  articleTitle: z.string().nullable().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * What a reviewer reads: comments, what curators changed, and the audit log. Audit rows for
 * values always carry the article id (`article` in `after`, or in `before` when the value was
 * removed), so an article's history includes its values. The workflow itself (submit, approve…)
 * is `articles.transition`. Handlers: electron/api/review-handlers.ts.
 */
export const reviewContract = {
  'comments.list': {
    input: z.object({ articleId: z.number().int().positive() }).strict(),
    output: z.array(commentSchema),
  },
  /**
   * Starts a thread on an article, one of its values (`valueId`) or a span of its text (`span`,
   * code points of the document text; `text`, when given, must be exactly what is there), or
   * replies to a thread (`replyTo`, the thread's first comment; a reply has no anchor of its own).
   */
  'comments.add': {
    input: z
      .object({
        articleId: z.number().int().positive(),
        valueId: z.number().int().positive().optional(),
        span: z
          .object({
            start: z.number().int().nonnegative(),
            end: z.number().int().positive(),
            text: z.string().optional(),
          })
          .strict()
          .optional(),
        replyTo: z.number().int().positive().optional(),
        body: typedText(1, 4000),
      })
      .strict(),
    output: commentSchema,
  },
  /** Resolves a thread (`resolved: true`) or reopens it; recorded in the audit log. */
  'comments.resolve': {
    input: z
      .object({
        threadId: z.number().int().positive(),
        resolved: z.boolean(),
      })
      .strict(),
    output: commentSchema,
  },
  /** What curators changed against the extracted suggestions, value by value. */
  'review.diff': {
    input: z.object({ articleId: z.number().int().positive() }).strict(),
    output: z.object({
      articleId: z.number().int(),
      changes: z.array(
        z.object({
          fieldKey: z.string(),
          valueId: z.number().int(),
          change: z.enum(['unchanged', 'accepted', 'edited', 'added', 'rejected']),
          /** The suggestion as extracted (null for a value a curator added). */
          suggested: valueSnapshotSchema.nullable(),
          /** The value now (null when rejected). */
          current: valueSnapshotSchema.nullable(),
          changedBy: z.string().nullable(),
          changedAt: z.string().nullable(),
        }),
      ),
    }),
  },
  /** The audit log, newest first: all of it, one article (with its values) or one value. */
  'history.list': {
    input: z
      .object({
        articleId: z.number().int().positive().optional(),
        valueId: z.number().int().positive().optional(),
        /** Only the changes of this person (the name the audit rows store). */
        actor: z.string().min(1).optional(),
        /** Only this action (edit, set-state…) or workflow step (approve, submit…). */
        action: z.string().min(1).optional(),
        /** Only changes on or after this day (YYYY-MM-DD, UTC). */
        from: isoDay.optional(),
        /** Only changes on or before this day (YYYY-MM-DD, UTC). */
        to: isoDay.optional(),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().positive().max(1000).default(200),
      })
      .strict(),
    output: z.object({ items: z.array(auditEntrySchema), total: z.number().int() }),
  },
  /**
   * Writes the whole audit log to a file on this computer (JSONL or CSV, oldest first). An
   * existing file is replaced only with `overwrite: true` (the user confirmed it).
   */
  'history.export': {
    input: z
      .object({
        out: absoluteFilePath(),
        format: z.enum(['jsonl', 'csv']).default('jsonl'),
        overwrite: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
} as const;
