import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

export interface AuditEntry {
  actor: string;
  entity: string;
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit row; callers run it inside the same transaction as the change it records. */
export function appendAudit(
  db: ProjectDatabase,
  entry: AuditEntry,
  at = new Date().toISOString(),
): void {
  statement(
    db,
    'INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    at,
    entry.actor,
    entry.entity,
    entry.entityId,
    entry.action,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}
