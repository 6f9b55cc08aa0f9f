import { apiError } from '../../shared/contract/error-messages';
import { appendAudit } from './audit-repository';
import type { NewAuditRow } from './audit-row';
import { inWriteTransaction, type ProjectDatabase } from './open-project';

/** What a write hands its change: the one time it happens at, and how it records itself. */
export interface AuditedWrite {
  /** ISO 8601 time of the change: the rows' updated_at and the audit row's `at`. */
  readonly at: string;
  readonly actor: string;
  /** Appends the audit row of this change, in its transaction, by its actor, at its time. */
  audit(entry: Omit<NewAuditRow, 'actor'>): void;
}

/**
 * Every change to curated data runs here: one transaction holding the change and its audit
 * row(s), all stamped with the same time. A change that throws leaves nothing behind. It takes
 * the write lock before reading (inWriteTransaction): its checks (the revision seen, the last
 * admin) cannot race another connection's, and it waits while another program writes the file.
 */
export function auditedWrite<T>(
  db: ProjectDatabase,
  actor: string,
  change: (write: AuditedWrite) => T,
): T {
  return inWriteTransaction(db, () => {
    const at = new Date().toISOString();
    return change({ at, actor, audit: (entry) => appendAudit(db, { ...entry, actor }, at) });
  });
}

/** How a revisioned thing is named in the refusal of a stale write, and what to do then. */
export interface RevisionSubject {
  /** Starts the sentence: "This value", "article 3 (Title)". */
  name: string;
  /** The advice that ends it: "Reload the article to see the change." */
  reload: string;
}

/**
 * Refuses a write from a caller that saw an older (or newer) revision than the stored one: a
 * stale write is refused, never silently applied (DESIGN.md, Storage).
 */
export function refuseStaleRevision(subject: RevisionSubject, stored: number, seen: number): void {
  if (stored !== seen) {
    throw apiError('changed-elsewhere', {
      subject: subject.name,
      stored,
      seen,
      reload: subject.reload,
    });
  }
}

/**
 * A revisioned, audited write: in one transaction, load the row (which throws not-found), run
 * the caller's guard (roles, read-only states; it may itself write, as the article guard starts
 * work), refuse a stale revision, then make the change with its audit row.
 */
export function revisionedWrite<Row extends { revision: number }, T>(
  db: ProjectDatabase,
  actor: string,
  target: {
    load: () => Row;
    /** The revision the caller saw. */
    seen: number;
    subject: (row: Row) => RevisionSubject;
    guard?: (row: Row, at: string) => void;
  },
  change: (row: Row, write: AuditedWrite) => T,
): T {
  return auditedWrite(db, actor, (write) => {
    const row = target.load();
    target.guard?.(row, write.at);
    refuseStaleRevision(target.subject(row), row.revision, target.seen);
    return change(row, write);
  });
}
