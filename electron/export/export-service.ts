/**
 * Export of curated articles to files: the common frame and the JSONL (the canonical records),
 * wide CSV and long CSV writers. `exportToFile` in export-formats.ts is the entry point.
 *
 * Pieces meant for every writer (JSONL and CSV here; XLSX, Parquet and dataset writers next to
 * this file):
 *
 * - `selectArticlesForExport(db, filter, { includeRejected })` → ExportSelection: an Iterable of
 *   CanonicalRecord (shared/export/canonical-record.ts) in a stable order — document name, then
 *   document, then the article's place in it — plus `total` (for progress) and `schema` (for
 *   column headers: `exportedFieldKeys(schema)` in shared/export/csv.ts). Records are built one
 *   at a time as you iterate and each has passed `verifySpans`, so a record whose provenance does
 *   not match its document throws (SpanMismatchError, naming article and field) before any of it
 *   is written. No database statement stays open between records, so awaiting inside the loop is
 *   safe and the app can keep writing to the project meanwhile.
 *
 * - `openAtomicOutput(path)` → AtomicOutput: `await write(chunk)` (waits for 'drain', so memory
 *   stays flat), or hand `stream` to a library that writes itself; then `await commit()` (fsync,
 *   rename into place; returns { path, bytes, sha256 }) or `await abort()` (removes the temporary
 *   file). Always abort in a `catch`/`finally` when commit was not reached: see `runExport` below,
 *   which does that, the cancel checks, progress and the `exports` record for any writer.
 *
 * - `runExport(db, options, format, writeRecords)`: the common frame. A writer only supplies
 *   `writeRecords(selection, output, step)` and calls `await step(valuesInRecord)` after each
 *   record (it reports progress and throws ExportCancelledError when cancelled).
 *
 * Determinism: the same project state gives byte-identical files (no timestamps inside, fixed
 * key and row order). Every finished export is recorded in the `exports` table (who, when, filter,
 * counts, SHA-256 of the file); a cancelled or failed one leaves no file and no record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import {
  CSV_BOM,
  LONG_HEADER,
  encodeCsvRow,
  longRowsOf,
  wideHeader,
  wideRow,
} from '../../shared/export/csv';
import { recordExport, type NewExportEntry } from '../database/exports-repository';
import { beginReadSnapshot } from '../database/read-snapshot';
import type { ProjectDatabase } from '../database/open-project';
import { openAtomicOutput, type AtomicOutput } from './atomic-output';
import { refuseToReplace } from './no-overwrite';
import {
  selectArticlesForExport,
  type ExportFilter,
  type ExportSelection,
} from './select-articles';

export { openAtomicOutput, type AtomicOutput } from './atomic-output';
export {
  selectArticlesForExport,
  type ExportFilter,
  type ExportSelection,
} from './select-articles';

export interface ExportProgress {
  done: number;
  total: number;
}

/** What every writer accepts besides its format (export-formats.ts picks the writer). */
export interface ExportRunOptions {
  /** The file to write; its folder must exist. An existing file is replaced only on success. */
  out: string;
  filter?: ExportFilter;
  includeRejected?: boolean;
  /**
   * false (the default): an existing `out` is refused (`file-exists`), checked again just before
   * the finished file is renamed into place. The app sends true once the user confirmed; the
   * command line once --overwrite was given.
   */
  overwrite?: boolean;
  actor: string;
  onProgress?: (progress: ExportProgress) => void;
  /** Polled between records; true stops the export and removes what was written. */
  isCancelled?: () => boolean;
}

export interface ExportResult {
  path: string;
  articles: number;
  values: number;
  sha256: string;
  /** Why the finished export is missing from the project's list of exports, when it is. */
  notRecorded?: ExportNotRecorded;
}

/**
 * Why a finished export could not be written into the project's list of exports: another
 * program held the project's write lock past the busy timeout, or the project file is read-only
 * or on a full disk.
 */
export type ExportNotRecorded = 'locked' | 'read-only' | 'disk-full';

/** The not-recorded reasons in words, for the command line (the app has its own, translated). */
export const exportNotRecordedText: Record<ExportNotRecorded, string> = {
  locked:
    'another program (an import, a restore, another Gleaner on the same file) kept the project locked for longer than Gleaner waits',
  'read-only': 'the project file or its folder is read-only',
  'disk-full': 'the disk holding the project is full',
};

/**
 * Records a finished export in the project. The file is whole by now, and it is what the user
 * asked for: a project that cannot take the record must not turn it into a failure (the command
 * line exited 1, the window said the export failed, beside a finished file). The record waits its
 * turn like any write (the connection's busy timeout); past it, says why it was left out.
 */
export function recordFinishedExport(
  db: ProjectDatabase,
  entry: NewExportEntry,
): ExportNotRecorded | undefined {
  try {
    recordExport(db, entry);
    return undefined;
  } catch (error) {
    const reason = notRecordedReason(error);
    if (reason === undefined) throw error;
    return reason;
  }
}

function notRecordedReason(error: unknown): ExportNotRecorded | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_FULL') return 'disk-full';
  return undefined;
}

/** Thrown when isCancelled() said so; nothing was left on disk and nothing recorded. */
export class ExportCancelledError extends Error {
  constructor(out: string) {
    super(`Export to ${out} was cancelled; no file was written.`);
    this.name = 'ExportCancelledError';
  }
}

/** Reports progress at most this often (in records), and always at the end. */
const PROGRESS_EVERY = 100;

/** Called by a writer after each record it wrote, with the number of values in it. */
export type ExportStep = (values: number) => Promise<void>;

export type RecordWriter = (
  selection: ExportSelection,
  output: AtomicOutput,
  step: ExportStep,
) => Promise<void>;

/** The absolute output path, refusing one whose folder does not exist (before any work). */
export function resolveOutputPath(out: string): string {
  const resolved = path.resolve(out);
  if (!fs.existsSync(path.dirname(resolved))) {
    throw apiError('folder-missing', { folder: path.dirname(resolved) });
  }
  return resolved;
}

/** The common frame of an export: select, write atomically, count, cancel, record. */
export async function runExport(
  db: ProjectDatabase,
  options: ExportRunOptions,
  format: string,
  writeRecords: RecordWriter,
): Promise<ExportResult> {
  const out = resolveOutputPath(options.out);
  refuseToReplace(out, options.overwrite ?? false);
  const includeRejected = options.includeRejected ?? false;
  const snapshot = beginReadSnapshot(db);
  try {
    return await exportSnapshot(db, options, format, writeRecords, {
      out,
      includeRejected,
      snapshot,
    });
  } finally {
    snapshot.end();
  }
}

async function exportSnapshot(
  db: ProjectDatabase,
  options: ExportRunOptions,
  format: string,
  writeRecords: RecordWriter,
  {
    out,
    includeRejected,
    snapshot,
  }: { out: string; includeRejected: boolean; snapshot: { end(): void } },
): Promise<ExportResult> {
  const selection = selectArticlesForExport(db, options.filter, { includeRejected });
  const total = selection.total;
  let articles = 0;
  let values = 0;
  const step: ExportStep = async (valueCount) => {
    articles++;
    values += valueCount;
    if (articles % PROGRESS_EVERY === 0) options.onProgress?.({ done: articles, total });
    if (options.isCancelled?.()) throw new ExportCancelledError(out);
  };

  if (options.isCancelled?.()) throw new ExportCancelledError(out);
  const output = openAtomicOutput(out);
  let committed: { path: string; sha256: string };
  try {
    await writeRecords(selection, output, step);
    if (options.isCancelled?.()) throw new ExportCancelledError(out);
    refuseToReplace(out, options.overwrite ?? false);
    committed = await output.commit({ replace: options.overwrite ?? false });
  } catch (error) {
    await output.abort();
    throw error;
  }
  options.onProgress?.({ done: articles, total });
  // The record of the export is a write: after the reading ends.
  snapshot.end();
  const notRecorded = recordFinishedExport(db, {
    at: new Date().toISOString(),
    actor: options.actor,
    format,
    filter: { ...selection.filter, includeRejected },
    articleCount: articles,
    valueCount: values,
    sha256: committed.sha256,
    path: committed.path,
  });
  return {
    path: committed.path,
    articles,
    values,
    sha256: committed.sha256,
    ...(notRecorded ? { notRecorded } : {}),
  };
}

export function valueCount(record: CanonicalRecord): number {
  let n = 0;
  for (const list of Object.values(record.fields)) n += list.length;
  return n;
}

/** One canonical record per line, LF line ends, UTF-8 without BOM (what JSONL readers expect). */
export const writeJsonl: RecordWriter = async (selection, output, step) => {
  for (const record of selection) {
    await output.write(`${JSON.stringify(record)}\n`);
    await step(valueCount(record));
  }
};

/** One row per article (see wideRow); UTF-8 with BOM and CRLF, as Excel expects. */
export const writeWideCsv: RecordWriter = async (selection, output, step) => {
  await output.write(CSV_BOM + encodeCsvRow(wideHeader(selection.schema)));
  for (const record of selection) {
    await output.write(encodeCsvRow(wideRow(record, selection.schema)));
    await step(valueCount(record));
  }
};

/** One row per value (see longRowsOf); UTF-8 with BOM and CRLF. */
export const writeLongCsv: RecordWriter = async (selection, output, step) => {
  await output.write(CSV_BOM + encodeCsvRow(LONG_HEADER));
  for (const record of selection) {
    const rows = longRowsOf(record);
    if (rows.length > 0) await output.write(rows.map(encodeCsvRow).join(''));
    await step(rows.length);
  }
};
