import type { AuditEntry } from '../../shared/contract/review';
import { CSV_BOM, encodeCsvRow } from '../../shared/export/csv';
import {
  auditEntryOf,
  auditPage,
  lastAuditId,
  listHistory,
  type HistoryQuery,
} from '../database/audit-queries';
import type { ProjectDatabase } from '../database/open-project';
import { openAtomicOutput } from '../export/atomic-output';
import { withExportNoted } from '../export/exports-in-flight';
import { resolveOutputPath } from '../export/export-service';
import { refuseToReplace } from '../export/no-overwrite';
import { refuseProjectOwnTarget } from './project-own-files';

export const HISTORY_CSV_HEADER = [
  'id',
  'at',
  'actor',
  'entity',
  'entity_id',
  'action',
  'before',
  'after',
] as const;

/** Rows read per query while exporting: memory stays flat however long the log. */
const PAGE = 2000;

export function history(
  db: ProjectDatabase,
  query: Omit<HistoryQuery, 'since' | 'before'> & {
    from?: string | undefined;
    to?: string | undefined;
  },
): { items: AuditEntry[]; total: number } {
  const { from, to, ...rest } = query;
  // No existence check: the history of a merged-away article is still worth reading.
  return listHistory(db, {
    ...rest,
    since: from === undefined ? undefined : `${from}T00:00:00.000Z`,
    before: to === undefined ? undefined : dayAfter(to),
  });
}

/** The start of the day after `day` (YYYY-MM-DD): "to 2026-01-31" includes all of that day. */
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function csvLine(entry: AuditEntry, raw: { before: string | null; after: string | null }): string {
  return encodeCsvRow([
    entry.id,
    entry.at,
    entry.actor,
    entry.entity,
    entry.entityId,
    entry.action,
    raw.before,
    raw.after,
  ]);
}

/**
 * Writes the whole audit log, oldest first, as JSONL (one entry per line, the shape of
 * history.list) or CSV (UTF-8 with BOM for Excel, cells neutralised against formulas, before and
 * after as JSON text). The log is read in pages up to the row that was newest when the export
 * began, so rows added meanwhile do not make the file inconsistent; the file appears only when
 * complete.
 */
export async function exportHistory(
  db: ProjectDatabase,
  input: { out: string; format: 'jsonl' | 'csv'; overwrite?: boolean | undefined },
): Promise<{ path: string; rows: number }> {
  const target = resolveOutputPath(input.out);
  refuseProjectOwnTarget(target, db.name);
  refuseToReplace(target, input.overwrite ?? false);
  // Noted while written (export/exports-in-flight.ts): what a kill leaves is found on open.
  return withExportNoted(db, target, () => writeHistory(db, input, target));
}

async function writeHistory(
  db: ProjectDatabase,
  input: { format: 'jsonl' | 'csv'; overwrite?: boolean | undefined },
  target: string,
): Promise<{ path: string; rows: number }> {
  const lastId = lastAuditId(db);
  const output = openAtomicOutput(target);
  let rows = 0;
  try {
    if (input.format === 'csv') await output.write(CSV_BOM + encodeCsvRow([...HISTORY_CSV_HEADER]));
    let afterId = 0;
    for (;;) {
      const page = auditPage(db, afterId, lastId, PAGE);
      if (page.length === 0) break;
      let chunk = '';
      for (const row of page) {
        const entry = auditEntryOf(row);
        chunk += input.format === 'csv' ? csvLine(entry, row) : `${JSON.stringify(entry)}\n`;
      }
      await output.write(chunk);
      rows += page.length;
      afterId = page[page.length - 1]!.id;
    }
    // Again at the end: a file may have appeared there while a long log was written.
    refuseToReplace(target, input.overwrite ?? false);
    const written = await output.commit({ replace: input.overwrite ?? false });
    return { path: written.path, rows };
  } catch (error) {
    await output.abort();
    throw error;
  }
}
