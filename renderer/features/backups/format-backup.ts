import type { TFunction } from 'i18next';
import type { BackupEntryDto } from '../../../shared/contract/backups';

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function formatWhen(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function kindLabel(t: TFunction, backup: BackupEntryDto): string {
  return t(`desktop.backups.kinds.${backup.kind}`, { version: backup.schemaVersion ?? '' });
}
