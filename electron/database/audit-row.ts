import { z } from 'zod';
import { fieldValueSchema } from '../../shared/contract/domain';

/**
 * The audit row format, declared once. Every audit row is stored, hashed into the chain
 * (audit-chain.ts), read back (audit-queries.ts) and carried through a restore in this shape.
 * Existing projects' hashes were computed over it, so it never changes in place: a new format
 * is a new interface (AuditRowV2) with the next AUDIT_ROW_FORMAT, a migration, and a canonical
 * serialisation of its own, while rows of format 1 keep verifying as they are.
 */
export const AUDIT_ROW_FORMAT = 1;

/** Format 1: the audit table's columns, each exactly as SQLite returns it. */
export interface AuditRowV1 {
  id: number;
  /** ISO 8601 time of the change, UTC. */
  at: string;
  /** The profile name (or OS user) that made the change. */
  actor: string;
  /** What kind of thing changed: 'value', 'article', 'profile', 'schema', 'project' … */
  entity: string;
  entityId: number | null;
  action: string;
  /** The stored JSON text, not the parsed value: the hash covers the bytes SQLite holds. */
  before: string | null;
  after: string | null;
}

/** The format rows are written in now. */
export type AuditRow = AuditRowV1;

/** A row's columns in their one order: the table's, and that of its canonical serialisation. */
export function auditRowValues(
  row: AuditRow,
): [number, string, string, string, number | null, string, string | null, string | null] {
  return [row.id, row.at, row.actor, row.entity, row.entityId, row.action, row.before, row.after];
}

/**
 * What a change hands to appendAudit: the row without what the log itself decides (its id, and
 * `at` unless given), with `before`/`after` as values that are stored as JSON text.
 */
export type NewAuditRow = Pick<AuditRow, 'actor' | 'entity' | 'entityId' | 'action'> & {
  before?: unknown;
  after?: unknown;
};

/** A NewAuditRow whose `before` and `after` are already the JSON text stored (or null). */
export type SerializedAuditRow = Pick<
  AuditRow,
  'actor' | 'entity' | 'entityId' | 'action' | 'before' | 'after'
>;

/**
 * What format-1 rows of entity 'value' hold in `before` (and, with more keys, in `after`): the
 * parts of the value a write changed, and the revision it left. Undo reads old rows through
 * this declaration, so a change to what value writes record is a change to this format.
 */
export const valueAuditStateV1 = z.object({
  value: z.unknown().optional(),
  raw: z.string().optional(),
  state: fieldValueSchema.shape.state.optional(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
  revision: z.number().int().optional(),
});

export type ValueAuditStateV1 = z.infer<typeof valueAuditStateV1>;

/** The recorded state of a value before the write `row` records, or undefined when unreadable. */
export function valueStateBefore(row: AuditRowV1): ValueAuditStateV1 | undefined {
  if (row.entity !== 'value' || row.before === null) return undefined;
  const parsed = valueAuditStateV1.safeParse(JSON.parse(row.before));
  return parsed.success ? parsed.data : undefined;
}
