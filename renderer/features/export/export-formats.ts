import type { ExportFormatName } from '../../../shared/contract/domain';

export const exportFormats: ExportFormatName[] = [
  'jsonl',
  'csv',
  'csv-long',
  'xlsx',
  'parquet',
  'dataset',
];

/** The file extension a format writes; the long CSV layout is still a .csv file. */
export function exportExtension(format: ExportFormatName): string {
  return format === 'csv-long' ? 'csv' : format;
}

const knownExtension = /\.(jsonl|csv|xlsx|parquet)$/i;

/**
 * The typed destination once the format changes: a path ending in another format's extension
 * takes the new one (export.jsonl → export.xlsx), a dataset folder loses it, and a path with no
 * known extension is the user's own choice and stays as it is.
 */
export function pathForFormat(out: string, format: ExportFormatName): string {
  if (!knownExtension.test(out)) return out;
  const stem = out.replace(knownExtension, '');
  return format === 'dataset' ? stem : `${stem}.${exportExtension(format)}`;
}
