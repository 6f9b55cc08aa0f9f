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
