import { verifyAuditChain } from '../database/audit-chain-verify';
import type { ProjectDatabase } from '../database/open-project';

export interface AuditChainSummary {
  rows: number;
  /** The last row and its hash (hex) when the chain is whole. */
  head: { rowId: number; hash: string } | null;
}

/**
 * `gleaner check`'s part for the audit log: recompute the hash chain and name the first row that
 * was changed, removed or inserted outside Gleaner.
 */
export function auditChainProblems(db: ProjectDatabase): {
  summary: AuditChainSummary;
  problems: { kind: 'audit'; message: string }[];
} {
  const report = verifyAuditChain(db);
  return {
    summary: { rows: report.rows, head: report.head },
    problems: report.broken ? [{ kind: 'audit', message: report.broken.message }] : [],
  };
}
