import { verifyAuditChain, type NotedAuditHead } from '../database/audit-chain-verify';
import type { ProjectDatabase } from '../database/open-project';

export type { NotedAuditHead };

export interface AuditChainSummary {
  rows: number;
  /** The last row and its hash (hex) when the chain is whole. */
  head: { rowId: number; hash: string } | null;
}

/**
 * `gleaner check`'s part for the audit log: recompute the hash chain and name the first row that
 * was changed, removed or inserted outside Gleaner (or cut off after a head noted earlier).
 */
export function auditChainProblems(
  db: ProjectDatabase,
  notedHead?: NotedAuditHead,
): {
  summary: AuditChainSummary;
  problems: { kind: 'audit'; message: string }[];
} {
  const report = verifyAuditChain(db, { notedHead });
  return {
    summary: { rows: report.rows, head: report.head },
    problems: report.broken ? [{ kind: 'audit', message: report.broken.message }] : [],
  };
}
