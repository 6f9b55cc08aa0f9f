import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { beginReadSnapshot } from '../database/read-snapshot';
import { lastChangeAt } from '../database/export-queries';
import { sha256OfFile } from './atomic-output';
import { writeDataset } from './dataset';
import { refuseForeignFolder } from './dataset-folder';
import { withExportNoted } from './exports-in-flight';
import { refuseToReplace } from './no-overwrite';
import { selectArticlesForExport } from './select-articles';
import type { ProjectDatabase } from '../database/open-project';
import {
  ExportCancelledError,
  recordFinishedExport,
  resolveOutputPath,
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

/**
 * Exports a dataset folder (data.jsonl, Parquet tables, schema, README card, manifest). The
 * card's date is the project's last recorded change, not the clock, so the same project state
 * gives the same folder byte for byte. Recorded like a file export, with the manifest's hash.
 */
export async function exportDataset(
  db: ProjectDatabase,
  options: ExportRunOptions & { title: string },
): Promise<ExportResult> {
  const out = resolveOutputPath(options.out);
  // Before asking for a confirmation that could not be honoured: a folder of other files.
  refuseForeignFolder(out);
  refuseToReplace(out, options.overwrite ?? false, 'folder');
  const includeRejected = options.includeRejected ?? false;
  // Every file of the folder reads the articles again: all of them from one state.
  // Noted while written, so that what a kill leaves is found without another export there.
  return withExportNoted(db, out, async () => {
    const snapshot = beginReadSnapshot(db);
    try {
      return await writeDatasetSnapshot(db, options, { out, includeRejected, snapshot });
    } finally {
      snapshot.end();
    }
  });
}

async function writeDatasetSnapshot(
  db: ProjectDatabase,
  options: ExportRunOptions & { title: string },
  {
    out,
    includeRejected,
    snapshot,
  }: { out: string; includeRejected: boolean; snapshot: { end(): void } },
): Promise<ExportResult> {
  const selection = selectArticlesForExport(db, options.filter, { includeRejected });
  const lastChange = lastChangeAt(db);
  let articles = 0;
  let values = 0;
  const result = await writeDataset(
    () => selection,
    selection.schema,
    out,
    {
      title: options.title,
      exportedAt: lastChange ?? '1970-01-01T00:00:00.000Z',
      selection: `status ${selection.filter.status}${includeRejected ? ', rejected values included' : ''}`,
    },
    {
      replace: options.overwrite ?? false,
      onRecord: (_record, count) => {
        articles++;
        values += count;
        if (articles % 100 === 0) options.onProgress?.({ done: articles, total: selection.total });
        if (options.isCancelled?.()) throw new ExportCancelledError(out);
      },
    },
  );
  options.onProgress?.({ done: articles, total: selection.total });
  const manifest = await sha256OfFile(path.join(result.path, 'manifest.json'));
  snapshot.end();
  const notRecorded = recordFinishedExport(db, {
    at: new Date().toISOString(),
    actor: options.actor,
    format: 'dataset',
    filter: { ...selection.filter, includeRejected },
    articleCount: articles,
    valueCount: values,
    sha256: manifest,
    path: result.path,
  });
  return {
    path: result.path,
    articles,
    values,
    sha256: manifest,
    ...(notRecorded ? { notRecorded } : {}),
  };
}

/** Exports to one file in the named format. */
export async function exportToFile(
  db: ProjectDatabase,
  format: string,
  options: ExportRunOptions,
): Promise<ExportResult> {
  if (!isFileFormat(format)) {
    throw apiError('export-format-unknown', {
      format,
      formats: Object.keys(fileFormats).join(', '),
    });
  }
  const writer = fileFormats[format];
  // Noted while written, so that what a kill leaves is found without another export there.
  return withExportNoted(db, resolveOutputPath(options.out), () =>
    runExport(db, options, format, writer),
  );
}
