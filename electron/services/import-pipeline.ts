import { listImportFiles } from '../import/sources';
import type { DecodedFile } from '../import/validate';
import type { ImportFile } from '../import/types';
import { readRows, RowsError, rowsToArticles } from '../import/rows';
import {
  chosenMappingFor,
  guessColumnMapping,
  type ChosenColumnMapping,
} from '../import/table-mapping';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { findColumnMapping, saveColumnMapping } from '../database/mappings-repository';
import { wholeDocumentPlan } from '../../shared/pages/plan-page';
import { isCanonicalExport, restoreCanonicalRecords } from './restore-canonical';
import { storeDocument } from './store-document';
import { emptyReport, type ImportReport } from './import-report';
import { storeSuggestionsOfPages, type StoredPage } from './store-page-and-suggestions';
import type { FilePreparer, PreparedFile } from './prepare-file';
import { importPreparing } from './import-preparing';
import { StoreCommitGroup, type StoreCommitLimits } from './store-commit-group';
import { writeFailureReason } from './project-health';

export const defaultMaxFileBytes = 20 * 1024 * 1024;

export interface ImportProgress {
  done: number;
  total: number;
  currentFile: string | null;
}

export interface ImportOptions {
  actor: string;
  maxBytes?: number;
  /**
   * Column mapping the user chose for CSV/JSONL sources (for every table, or only for those
   * with its `columns`); otherwise the remembered one, else a guess.
   */
  columnMapping?: ChosenColumnMapping | undefined;
  /** Read every file with this encoding (the user's "decode as…") instead of detecting one. */
  encoding?: string | undefined;
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between files: a cancelled import keeps every file it finished, and nothing partial. */
  isCancelled?: () => boolean;
  /**
   * Reads, decodes and plans each batch; by default in this thread. The import worker passes
   * one that spreads a batch over worker threads.
   */
  preparer?: FilePreparer | undefined;
  /**
   * Only for a bulk load (database/bulk-load.ts): batches stored in one transaction until this
   * much source text or time has gone into it. Otherwise every batch is its own commit.
   */
  commitEvery?: StoreCommitLimits | undefined;
  /**
   * Extract each page's articles as it is stored, in the same savepoint: the rules run where the
   * page is planned (the prepare workers, when there are some), under the schema active when the
   * import starts. Pages stored otherwise (tables, a curator's segmentation) are left to the
   * extraction phase after the import, which takes every article not yet extracted.
   */
  extractAsStored?: boolean | undefined;
  /**
   * When the files to import total fewer bytes than this, `preparer` and `extractAsStored` are
   * set aside: the files are prepared in this thread and extracted after the import. Starting
   * prepare threads costs each one its modules, jieba's dictionary and a cold JIT (about 2.5 s of
   * CPU a thread from the sources, 1.6 s bundled), more than a small import gains from them.
   */
  inProcessBelowBytes?: number | undefined;
}

export { emptyReport, type ImportPhase, type ImportReport } from './import-report';

// The command line's first import into a new project writes each page once (database/bulk-load.ts).
export { beginBulkLoad, endBulkLoad } from '../database/bulk-load';

/**
 * A write to the project failed (full disk, read-only, I/O error) while files were imported. The
 * import stops: the next file would fail the same way. The message names the file(s) being stored
 * — "database or disk is full" alone does not say which of thousands was too much — and what
 * is kept. `code` is SQLite's (or the system's), as on the error it wraps.
 */
export class ImportWriteError extends Error {
  readonly code: string;
  constructor(cause: unknown, what: string) {
    const reason = writeFailureReason(cause) ?? 'the write failed';
    super(
      `Could not save ${what}: ${reason}. Files imported before it are kept. (${(cause as Error).message})`,
    );
    this.name = 'ImportWriteError';
    this.code = (cause as { code?: string }).code ?? 'unknown';
  }
}

/**
 * `error` named after the files being written when it happened, if it is a failed write (and not
 * named already); otherwise `error` itself. For the phases after storing (search indexing,
 * extraction), whose writes belong to the files just imported.
 */
export function nameWriteFailure(error: unknown, what: string): unknown {
  if (error instanceof ImportWriteError || !writeFailureReason(error)) return error;
  return new ImportWriteError(error, what);
}

/** "a.txt", "a.txt and b.txt", "a.txt and 12 other files". */
export function describeFiles(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ') || 'no file';
  return `${names[0]} and ${names.length - 1} other files`;
}

/** Files read and planned ahead of one write transaction; bounds memory and keeps commits few. */
const batchSize = 64;

/** Stores one prepared file; runs inside the batch transaction as its own savepoint. */
function storePreparedFile(
  db: ProjectDatabase,
  prepared: PreparedFile,
  options: ImportOptions,
  report: ImportReport,
  storedPages: StoredPage[],
): void {
  const { file } = prepared;
  if (prepared.kind === 'skip') {
    report.skipped.push({
      path: file.path,
      name: file.name,
      reason: prepared.reason,
      message: prepared.message,
    });
    return;
  }
  try {
    if (prepared.kind === 'table') {
      // A table is one file: all its rows are stored, or none (its own savepoint), and the
      // report only hears of it once it is in.
      const tableReport = inWriteTransaction(db, () => {
        const partial = emptyReport();
        importTableFile(db, prepared.file, prepared.decoded, options, partial);
        return partial;
      });
      report.imported.push(...tableReport.imported);
      report.duplicates.push(...tableReport.duplicates);
      report.skipped.push(...tableReport.skipped);
      report.articles += tableReport.articles;
      return;
    }
    const result = storeDocument(db, prepared.doc, { actor: options.actor, plan: prepared.plan });
    if (result.status === 'imported') storedPages.push({ prepared, result });
    if (result.status === 'duplicate') {
      report.duplicates.push({ path: file.path, name: file.name, matchedName: result.matchedName });
    } else {
      report.imported.push({
        path: file.path,
        name: file.name,
        documentIds: [result.documentId],
        articles: result.articleIds.length,
        encoding: prepared.doc.encoding,
      });
      report.articles += result.articleIds.length;
    }
  } catch (error) {
    // A full disk is not this file's fault, and the next file would fail the same way: stop.
    if (writeFailureReason(error)) throw new ImportWriteError(error, `${file.name} (${file.path})`);
    report.skipped.push({
      path: file.path,
      name: file.name,
      reason: 'failed',
      // A RowsError already starts with the file name; saying it twice reads as a bug.
      message:
        error instanceof RowsError ? error.message : `${file.name}: ${(error as Error).message}`,
    });
  }
}

/**
 * Imports files and folders into a project. Files are read, decoded, marked (chrome, repeats)
 * and split into articles in batches; each batch is written in one transaction in which every
 * file is its own savepoint, so a file is stored whole or not at all and a failure in one file
 * loses nothing else. Rows of CSV/JSONL sources become one document each. Cancelling stops
 * between batches.
 */
export async function importPaths(
  db: ProjectDatabase,
  paths: string[],
  options: ImportOptions,
): Promise<ImportReport> {
  const report = emptyReport();
  const { files, skipped } = await listImportFiles(paths);
  report.skipped.push(...skipped);
  const maxBytes = options.maxBytes ?? defaultMaxFileBytes;
  options.onProgress?.({ done: 0, total: files.length, currentFile: null });

  const { preparer, extraction } = importPreparing(db, files, options);
  let prepareCount = 0;
  const prepare = (batch: ImportFile[]): Promise<PreparedFile[]> =>
    preparer(batch, {
      maxBytes,
      encoding: options.encoding,
      schema: extraction?.schema,
      isCancelled: options.isCancelled,
      onPrepared: (prepared) => {
        // Progress counts files read and planned; the write of a batch takes a fraction of that.
        prepareCount += prepared.length;
        options.onProgress?.({
          done: prepareCount,
          total: files.length,
          currentFile: prepared[prepared.length - 1]?.name ?? null,
        });
      },
    });
  const batches: ImportFile[][] = [];
  for (let start = 0; start < files.length; start += batchSize)
    batches.push(files.slice(start, start + batchSize));

  let done = 0;
  let next = batches.length > 0 ? prepare(batches[0]!) : null;
  const commits = options.commitEvery ? new StoreCommitGroup(db, options.commitEvery) : null;
  try {
    for (let index = 0; index < batches.length; index++) {
      if (options.isCancelled?.()) {
        report.cancelled = true;
        break;
      }
      const prepared = await next!;
      const whole = prepared.length === batches[index]!.length;
      // The next batch is prepared (in other threads, when the preparer has them) while this one
      // is written; results come back in file order, so duplicates are still decided in order.
      next =
        whole && index + 1 < batches.length && !options.isCancelled?.()
          ? prepare(batches[index + 1]!)
          : null;
      const storeBatch = (): void => {
        const pages: StoredPage[] = [];
        for (const item of prepared) storePreparedFile(db, item, options, report, pages);
        // After the batch's files, in its transaction but in no file's savepoint: inside one,
        // every page the suggestions touch that an earlier file of the batch had written (the
        // last pages of the values' tables and indexes) is copied to a statement journal first,
        // which made storing them half as costly again.
        if (extraction) storeSuggestionsOfPages(extraction, pages, report);
      };
      try {
        if (commits) {
          // No savepoint around the batch: each file is one already, and one more level would
          // copy every page the batch touches again into a statement journal.
          commits.begin();
          storeBatch();
          commits.stored(prepared.reduce((bytes, p) => bytes + p.file.size, 0));
        } else inWriteTransaction(db, storeBatch);
      } catch (error) {
        // The batch's commit failed (no file of it was stored, whatever the report said so far).
        commits?.commitOrRollBack();
        throw nameWriteFailure(error, describeFiles(prepared.map((p) => p.file.name)));
      }
      done += prepared.length;
      if (!whole) {
        report.cancelled = true;
        break;
      }
    }
    commits?.commit();
  } finally {
    commits?.commitOrRollBack();
    // A batch prepared ahead and never stored (cancelled, or the write failed) is dropped; its
    // failure, if any, must not surface as an unhandled rejection.
    next?.catch(() => undefined);
  }
  if (report.cancelled) report.stoppedIn = 'import';
  options.onProgress?.({ done, total: files.length, currentFile: null });
  return report;
}

function importTableFile(
  db: ProjectDatabase,
  file: ImportFile & { kind: 'csv' | 'jsonl' },
  decoded: Pick<DecodedFile, 'text' | 'encoding' | 'confidence'>,
  options: ImportOptions,
  report: ImportReport,
): void {
  if (file.kind === 'jsonl' && isCanonicalExport(decoded.text)) {
    // A Gleaner export coming back: restore its documents, articles, values and states.
    const restored = restoreCanonicalRecords(db, file.name, decoded.text, options.actor);
    for (const d of restored.duplicates) {
      report.duplicates.push({
        path: file.path,
        name: `${file.name}: ${d.name}`,
        matchedName: d.matchedName,
      });
    }
    if (restored.documents.length > 0) {
      const articles = restored.documents.reduce((n, d) => n + d.articles, 0);
      report.imported.push({
        path: file.path,
        name: file.name,
        documentIds: restored.documents.map((d) => d.documentId),
        articles,
        encoding: decoded.encoding,
      });
      report.articles += articles;
    }
    return;
  }
  const table = readRows(decoded.text, file.kind, file.name);
  const mapping =
    chosenMappingFor(options.columnMapping, table.columns) ??
    findColumnMapping(db, table.columns) ??
    guessColumnMapping(file.name, table);
  const { articles, rejected } = rowsToArticles(table, mapping, file.name);
  for (const bad of rejected) {
    const name = `${file.name}#${bad.row}`;
    report.skipped.push({ path: file.path, name, reason: 'failed', message: bad.message });
  }
  saveColumnMapping(db, table.columns, mapping);
  const documentIds: number[] = [];
  let articleCount = 0;
  for (const row of articles) {
    const name = `${file.name}#${row.row}`;
    const result = storeDocument(
      db,
      {
        name,
        sourcePath: file.path,
        kind: file.kind,
        text: row.text,
        encoding: decoded.encoding,
        encodingConfidence: decoded.confidence,
        original: null,
        sourceRow: row.row,
        metadata: row.metadata,
      },
      { actor: options.actor, planner: (text) => wholeDocumentPlan(text, row.title) },
    );
    if (result.status === 'duplicate')
      report.duplicates.push({ path: file.path, name, matchedName: result.matchedName });
    else {
      documentIds.push(result.documentId);
      articleCount += result.articleIds.length;
    }
  }
  if (documentIds.length > 0) {
    report.imported.push({
      path: file.path,
      name: file.name,
      documentIds,
      articles: articleCount,
      encoding: decoded.encoding,
    });
    report.articles += articleCount;
  }
}
