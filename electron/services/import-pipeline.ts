import { listImportFiles } from '../import/sources';
import { isDecodedFile, readAndDecodeFile, type DecodedFile } from '../import/validate';
import type { ImportFile } from '../import/types';
import { guessTextColumn, readRows, rowsToArticles } from '../import/rows';
import type { ProjectDatabase } from '../database/open-project';
import {
  findColumnMapping,
  saveColumnMapping,
  type ColumnMapping,
} from '../database/mappings-repository';
import { planPage, wholeDocumentPlan } from '../../shared/pages/plan-page';
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
  /** Column mapping for CSV/JSONL sources; otherwise the remembered one, else a guess. */
  columnMapping?: ColumnMapping;
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

/**
 * Imports files and folders into a project: each file is read, decoded, cleaned of nothing,
 * marked (chrome, repeats), split into articles and stored in its own transaction, so a failure
 * in one file loses nothing else. Rows of CSV/JSONL sources become one document each.
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

  for (const [index, file] of files.entries()) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    try {
      const decoded = await readAndDecodeFile(file, { maxBytes });
      if (!isDecodedFile(decoded)) {
        report.skipped.push({
          path: file.path,
          name: file.name,
          reason: decoded.reason,
          message: decoded.message,
        });
      } else if (file.kind === 'csv' || file.kind === 'jsonl') {
        importTableFile(db, { ...file, kind: file.kind }, decoded, options, report);
      } else {
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
        const result = storeDocument(db, doc, { actor: options.actor, planner: planPage });
        if (result.status === 'duplicate') {
          report.duplicates.push({
            path: file.path,
            name: file.name,
            matchedName: result.matchedName,
          });
        } else {
          report.imported.push({
            path: file.path,
            name: file.name,
            documentIds: [result.documentId],
            articles: result.articleIds.length,
            encoding: decoded.encoding,
          });
          report.articles += result.articleIds.length;
        }
      }
    } catch (error) {
      report.skipped.push({
        path: file.path,
        name: file.name,
        reason: 'failed',
        message: `${file.name}: ${(error as Error).message}`,
      });
    }
    options.onProgress?.({ done: index + 1, total: files.length, currentFile: file.name });
  }
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
    options.columnMapping ??
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

/**
 * A first guess for a table nobody mapped yet: the longest text column, a column named like a
 * title, and every other column kept as metadata so nothing in the file is dropped.
 */
function guessColumnMapping(
  fileName: string,
  table: { columns: string[]; rows: Record<string, string>[] },
): ColumnMapping {
  const textColumn = guessTextColumn(table.columns, table.rows);
  if (!textColumn) throw new Error(`${fileName} has no column with text in it`);
  const titleColumn = table.columns.find(
    (c) => c !== textColumn && /^(title|标题|题目|headline)$/i.test(c.trim()),
  );
  return {
    textColumn,
    titleColumn,
    metadataColumns: table.columns.filter((c) => c !== textColumn && c !== titleColumn),
  };
}
