// Moved to backups.ts (the contract is grouped by domain). Kept only for old import paths.
export { backupEntrySchema, backupKindSchema, type BackupEntryDto } from './backups';
