import { listImportFiles } from '../import/sources';
import { isDecodedFile, readAndDecodeFile, type DecodedFile } from '../import/validate';
import type { ImportFile } from '../import/types';
import { readRows, rowsToArticles } from '../import/rows';
import {
  chosenMappingFor,
  guessColumnMapping,
  type ChosenColumnMapping,
} from '../import/table-mapping';
import type { ProjectDatabase } from '../database/open-project';
import { findColumnMapping, saveColumnMapping } from '../database/mappings-repository';
import { planPage, wholeDocumentPlan, type PagePlan } from '../../shared/pages/plan-page';
import { storeDocument, type DecodedDocument } from './store-document';

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
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between files: a cancelled import keeps every file it finished, and nothing partial. */
  isCancelled?: () => boolean;
}

export interface ImportReport {
  imported: {
    path: string;
    name: string;
    documentIds: number[];
    articles: number;
    encoding: string;
  }[];
  duplicates: { path: string; name: string; matchedName: string }[];
  skipped: { path: string; name: string; reason: string; message: string }[];
  cancelled: boolean;
  articles: number;
}

export function emptyReport(): ImportReport {
  return { imported: [], duplicates: [], skipped: [], cancelled: false, articles: 0 };
}

/** Files read and planned ahead of one write transaction; bounds memory and keeps commits few. */
const batchSize = 64;

type PreparedFile =
  | { kind: 'page'; file: ImportFile; doc: DecodedDocument; plan: PagePlan }
  | { kind: 'table'; file: ImportFile & { kind: 'csv' | 'jsonl' }; decoded: DecodedFile }
  | { kind: 'skip'; file: ImportFile; reason: string; message: string };

/** Reading, decoding and planning: everything about a file that needs no database. */
async function prepareFile(file: ImportFile, maxBytes: number): Promise<PreparedFile> {
  try {
    const decoded = await readAndDecodeFile(file, { maxBytes });
    if (!isDecodedFile(decoded))
      return { kind: 'skip', file, reason: decoded.reason, message: decoded.message };
    if (file.kind === 'csv' || file.kind === 'jsonl')
      return { kind: 'table', file: { ...file, kind: file.kind }, decoded };
    const doc: DecodedDocument = {
      name: file.name,
      sourcePath: file.path,
      kind: file.kind,
      text: decoded.text,
      encoding: decoded.encoding,
      encodingConfidence: decoded.confidence,
      bom: decoded.bom,
      // Keep the bytes when the text cannot be rebuilt from them alone: HTML, non-UTF-8.
      original: file.kind === 'html' || decoded.encoding !== 'utf-8' ? decoded.bytes : null,
    };
    return { kind: 'page', file, doc, plan: planPage(decoded.text) };
  } catch (error) {
    return {
      kind: 'skip',
      file,
      reason: 'failed',
      message: `${file.name}: ${(error as Error).message}`,
    };
  }
}

/** Stores one prepared file; runs inside the batch transaction as its own savepoint. */
function storePreparedFile(
  db: ProjectDatabase,
  prepared: PreparedFile,
  options: ImportOptions,
  report: ImportReport,
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
      const tableReport = db.transaction(() => {
        const partial = emptyReport();
        importTableFile(db, prepared.file, prepared.decoded, options, partial);
        return partial;
      })();
      report.imported.push(...tableReport.imported);
      report.duplicates.push(...tableReport.duplicates);
      report.articles += tableReport.articles;
      return;
    }
    const result = storeDocument(db, prepared.doc, { actor: options.actor, plan: prepared.plan });
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
    report.skipped.push({
      path: file.path,
      name: file.name,
      reason: 'failed',
      message: `${file.name}: ${(error as Error).message}`,
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
  report.skipped.push(
    ...skipped.map((s) => ({ path: s.path, name: s.name, reason: s.reason, message: s.message })),
  );
  const maxBytes = options.maxBytes ?? defaultMaxFileBytes;
  options.onProgress?.({ done: 0, total: files.length, currentFile: null });

  let done = 0;
  for (let start = 0; start < files.length; start += batchSize) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    const prepared: PreparedFile[] = [];
    for (const file of files.slice(start, start + batchSize)) {
      prepared.push(await prepareFile(file, maxBytes));
      // Progress counts files read and planned; the write of a batch takes a fraction of that.
      options.onProgress?.({
        done: done + prepared.length,
        total: files.length,
        currentFile: file.name,
      });
      if (options.isCancelled?.()) break;
    }
    db.transaction(() => {
      for (const item of prepared) storePreparedFile(db, item, options, report);
    })();
    done += prepared.length;
    if (prepared.length < Math.min(batchSize, files.length - start)) {
      report.cancelled = true;
      break;
    }
  }
  options.onProgress?.({ done, total: files.length, currentFile: null });
  return report;
}

function importTableFile(
  db: ProjectDatabase,
  file: ImportFile & { kind: 'csv' | 'jsonl' },
  decoded: DecodedFile,
  options: ImportOptions,
  report: ImportReport,
): void {
  const table = readRows(decoded.text, file.kind, file.name);
  const mapping =
    chosenMappingFor(options.columnMapping, table.columns) ??
    findColumnMapping(db, table.columns) ??
    guessColumnMapping(file.name, table);
  const articles = rowsToArticles(table.rows, mapping, file.name);
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
