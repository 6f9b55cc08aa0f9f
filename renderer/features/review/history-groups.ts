import type { AuditEntry } from '../../../shared/contract/review';

/** One row of the audit log: a single change, or a bulk action's changes together. */
export type HistoryRow =
  { kind: 'single'; entry: AuditEntry } | { kind: 'group'; id: string; entries: AuditEntry[] };

const stepOf = (entry: AuditEntry): string => {
  const after = entry.after as { action?: unknown; state?: unknown } | null;
  if (entry.action === 'transition' && typeof after?.action === 'string') return after.action;
  // Accepting 36 values and rejecting 2 at once are two different bulk actions.
  if (entry.action === 'set-state' && typeof after?.state === 'string')
    return `set-state:${after.state}`;
  return entry.action;
};

/** Rows of one bulk action are written within moments of each other (one per value). */
const SAME_MOMENT_MS = 2000;

const closeInTime = (a: AuditEntry, b: AuditEntry) =>
  Math.abs(Date.parse(a.at) - Date.parse(b.at)) <= SAME_MOMENT_MS;

/**
 * Rows written by one action (Accept all, a bulk assignment) share their person, action and
 * article and follow each other within moments: they are shown as one row that opens to its
 * entries. Entries come newest first; a group is cut where any of these changes.
 */
export function groupHistory(entries: readonly AuditEntry[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let run: AuditEntry[] = [];
  const flush = () => {
    if (run.length === 1) rows.push({ kind: 'single', entry: run[0]! });
    else if (run.length > 1) rows.push({ kind: 'group', id: `group-${run[0]!.id}`, entries: run });
    run = [];
  };
  for (const entry of entries) {
    const first = run[0];
    const previous = run.at(-1);
    const same =
      first !== undefined &&
      previous !== undefined &&
      first.actor === entry.actor &&
      closeInTime(previous, entry) &&
      stepOf(first) === stepOf(entry) &&
      (first.articleId ?? null) === (entry.articleId ?? null) &&
      entry.entity === first.entity;
    if (!same) flush();
    run.push(entry);
  }
  flush();
  return rows;
}
