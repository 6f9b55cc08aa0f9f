import { ApiError } from '../../shared/contract/errors';
import type { ProjectDatabase } from '../database/open-project';
import {
  runExport,
  writeJsonl,
  writeLongCsv,
  writeWideCsv,
  type ExportResult,
  type ExportRunOptions,
  type RecordWriter,
} from './export-service';
import { ParquetTableWriter, VALUE_COLUMNS, valueRowsOf } from './parquet';
import { writeXlsxTo } from './xlsx';

/** Every single-file format, behind the same frame (filter, atomic file, progress, cancel, record). */
const writeXlsx: RecordWriter = async (selection, output, step) => {
  await writeXlsxTo(selection, selection.schema, output, {
    onRecord: (_record, values) => step(values),
  });
};

const writeParquetValues: RecordWriter = async (selection, output, step) => {
  const table = new ParquetTableWriter(output, VALUE_COLUMNS);
  for (const record of selection) {
    const rows = valueRowsOf(record);
    await table.append(rows);
    await step(rows.length);
  }
  await table.finish();
};

export const fileFormats = {
  jsonl: writeJsonl,
  csv: writeWideCsv,
  'csv-long': writeLongCsv,
  xlsx: writeXlsx,
  parquet: writeParquetValues,
} as const satisfies Record<string, RecordWriter>;

export type FileFormat = keyof typeof fileFormats;

export function isFileFormat(format: string): format is FileFormat {
  return Object.hasOwn(fileFormats, format);
}

/** Exports to one file in the named format. */
export async function exportToFile(
  db: ProjectDatabase,
  format: string,
  options: ExportRunOptions,
): Promise<ExportResult> {
  if (!isFileFormat(format)) {
    throw new ApiError(
      'invalid-input',
      `Unknown export format "${format}" (use ${Object.keys(fileFormats).join(', ')} or dataset).`,
    );
  }
  return runExport(db, options, format, fileFormats[format]);
}
