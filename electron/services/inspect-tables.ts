import type { TableInspection } from '../../shared/contract/table-mapping';
import { sliceCodePoints, codePointLength } from '../../shared/text/codepoints';
import type { ProjectDatabase } from '../database/open-project';
import { findColumnMapping } from '../database/mappings-repository';
import { leftOutRows } from '../import/left-out-rows';
import { readRows } from '../import/rows';
import { importKindOf, listImportFiles } from '../import/sources';
import { guessColumnMapping } from '../import/table-mapping';
import { isDecodedFile, readAndDecodeFile } from '../import/validate';
import { defaultMaxFileBytes } from './import-pipeline';

export const sampleRowCount = 3;
export const sampleValueLength = 120;

/** Enough of a value to recognise the column, cut on a code point so no character is split. */
function shorten(value: string): string {
  return codePointLength(value) > sampleValueLength
    ? `${sliceCodePoints(value, 0, sampleValueLength)}…`
    : value;
}

/**
 * Looks at every .csv/.jsonl file under the paths before an import, so the user can choose the
 * text, title and metadata columns: each table's columns, row count, first rows, and the mapping
 * the import would use today (the remembered one for these columns, else a guess). A table that
 * cannot be read is an error entry naming the file, never a failure of the whole inspection.
 */
export async function inspectTables(
  db: ProjectDatabase,
  paths: string[],
  /** `encoding`: the import's "decode as…" choice, so the tables are read as they will be. */
  options: { maxBytes?: number | undefined; encoding?: string | undefined } = {},
): Promise<TableInspection[]> {
  const { files, skipped } = await listImportFiles(paths);
  const result: TableInspection[] = skipped
    .filter((s) => isTableKind(importKindOf(s.name)))
    .map((s) => ({ kind: 'error', path: s.path, name: s.name, message: s.message }));
  for (const file of files) {
    if (!isTableKind(file.kind)) continue;
    const fail = (message: string): TableInspection => ({
      kind: 'error',
      path: file.path,
      name: file.name,
      message,
    });
    try {
      const decoded = await readAndDecodeFile(file, {
        maxBytes: options.maxBytes ?? defaultMaxFileBytes,
        forceEncoding: options.encoding,
      });
      if (!isDecodedFile(decoded)) {
        result.push(fail(decoded.message));
        continue;
      }
      const table = readRows(decoded.text, file.kind, file.name);
      const remembered = findColumnMapping(db, table.columns);
      const mapping = remembered ?? guessColumnMapping(file.name, table);
      result.push({
        kind: 'table',
        path: file.path,
        name: file.name,
        columns: table.columns,
        rowCount: table.rows.length,
        sampleRows: table.rows
          .slice(0, sampleRowCount)
          .map((row) =>
            Object.fromEntries(Object.entries(row).map(([key, value]) => [key, shorten(value)])),
          ),
        mapping: {
          textColumn: mapping.textColumn,
          ...(mapping.titleColumn ? { titleColumn: mapping.titleColumn } : {}),
          metadataColumns: mapping.metadataColumns,
        },
        remembered: remembered !== undefined,
        leftOut: leftOutRows(table),
      });
    } catch (error) {
      const message = (error as Error).message;
      // RowsError messages already start with the file name.
      result.push(fail(message.startsWith(file.name) ? message : `${file.name}: ${message}`));
    }
  }
  return result;
}

function isTableKind<K extends string | null>(kind: K): kind is K & ('csv' | 'jsonl') {
  return kind === 'csv' || kind === 'jsonl';
}
