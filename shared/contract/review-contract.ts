import { z } from 'zod';
import { typedText } from './well-formed-text';
import { articleFilterSchema } from './curation-contract';
import { articleStatusSchema } from './domain';

export const roles = ['curator', 'reviewer', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const profileSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: roleSchema,
  hasPassphrase: z.boolean(),
  retired: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

/** What a curator or reviewer does to an article; the service checks role and current status. */
export const workflowActions = ['start', 'submit', 'approve', 'requestChanges', 'reopen'] as const;
export const workflowActionSchema = z.enum(workflowActions);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

export const commentSchema = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  valueId: z.number().int().nullable(),
  author: z.string(),
  kind: z.enum(['comment', 'changes_requested', 'approved', 'reopened']),
  body: z.string(),
  at: z.string(),
});
export type CommentPayload = z.infer<typeof commentSchema>;

/** A value as it stands at one moment: normalised value, raw text and provenance spans. */
const valueSnapshotSchema = z.object({
  value: z.unknown(),
  raw: z.string(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const projectSettingsSchema = z.object({
  /**
   * May the profile that curated an article (submitted it, or changed its values last) approve
   * it? Off unless an admin turns it on: a second pair of eyes is the point of review.
   */
  allowSelfApproval: z.boolean(),
});
export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

/**
 * People, the review workflow, history and the dashboard. Audit rows for values always carry
 * the article id (`article` in `after`, or in `before` when the value was removed), so an
 * article's history includes its values.
 */
export const reviewContract = {
  'profiles.list': {
    input: z.object({}).strict(),
    output: z.array(profileSchema),
  },
  /** Admins create profiles; the first profile of a project can be created by anyone. */
  'profiles.create': {
    input: z
      .object({
        name: z.string().trim().min(1).max(60),
        role: roleSchema,
        passphrase: z.string().min(4).max(200).optional(),
      })
      .strict(),
    output: profileSchema,
  },
  /** Admins change a profile's role or passphrase (`null` removes it) or retire it. */
  'profiles.update': {
    input: z
      .object({
        id: z.number().int().positive(),
        role: roleSchema.optional(),
        passphrase: z.string().min(4).max(200).nullable().optional(),
        retired: z.boolean().optional(),
      })
      .strict(),
    output: profileSchema,
  },
  /** Who is working now (null before anyone is chosen). */
  'session.get': {
    input: z.object({}).strict(),
    output: z.object({ profile: profileSchema.nullable() }),
  },
  'session.signIn': {
    input: z
      .object({
        profileId: z.number().int().positive(),
        passphrase: z.string().max(200).optional(),
      })
      .strict(),
    output: z.object({ profile: profileSchema }),
  },
  'session.signOut': {
    input: z.object({}).strict(),
    output: z.object({ profile: z.null() }),
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
        articleIds: z.array(z.number().int().positive()).min(1).optional(),
        filter: articleFilterSchema.optional(),
      })
      .strict()
      .refine((i) => (i.articleIds === undefined) !== (i.filter === undefined), {
        message: 'give either articleIds or filter',
        path: ['articleIds'],
      }),
    output: z.object({ count: z.number().int() }),
  },
  'comments.list': {
    input: z.object({ articleId: z.number().int().positive() }).strict(),
    output: z.array(commentSchema),
  },
  'comments.add': {
    input: z
      .object({
        articleId: z.number().int().positive(),
        valueId: z.number().int().positive().optional(),
        body: typedText(1, 4000),
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
        out: z.string().min(1),
        format: z.enum(['jsonl', 'csv']).default('jsonl'),
        overwrite: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  'settings.get': {
    input: z.object({}).strict(),
    output: projectSettingsSchema,
  },
  /** Admins change the project's settings (those named; the others stay). */
  'settings.update': {
    input: projectSettingsSchema.partial().strict(),
    output: projectSettingsSchema,
  },
  'dashboard.stats': {
    input: z.object({ days: z.number().int().positive().max(366).default(30) }).strict(),
    output: z.object({
      byStatus: z.record(articleStatusSchema, z.number().int()),
      /** Per day (UTC, YYYY-MM-DD), how many articles were submitted and approved. */
      progress: z.array(
        z.object({ day: z.string(), submitted: z.number().int(), approved: z.number().int() }),
      ),
      curators: z.array(
        z.object({
          actor: z.string(),
          edits: z.number().int(),
          submitted: z.number().int(),
          approved: z.number().int(),
        }),
      ),
      /** Per extraction rule, what became of its suggestions: this tells which rules to improve. */
      extractors: z.array(
        z.object({
          extractor: z.string(),
          suggestions: z.number().int(),
          accepted: z.number().int(),
          edited: z.number().int(),
          rejected: z.number().int(),
          pending: z.number().int(),
        }),
      ),
    }),
  },
} as const;
