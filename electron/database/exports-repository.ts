import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

/** A finished export, as kept in the `exports` table. */
export interface ExportEntry {
  id: number;
  at: string;
  actor: string;
  /** 'jsonl', 'csv', 'csv-long', or a format added by another writer. */
  format: string;
  /** The filter and options the articles were chosen with. */
  filter: unknown;
  articleCount: number;
  valueCount: number;
  sha256: string;
  path: string;
}

export type NewExportEntry = Omit<ExportEntry, 'id'>;

export function recordExport(db: ProjectDatabase, entry: NewExportEntry): number {
  return Number(
    statement(
      db,
      `INSERT INTO exports (at, actor, format, filter, article_count, value_count, sha256, path)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.at,
      entry.actor,
      entry.format,
      JSON.stringify(entry.filter ?? null),
      entry.articleCount,
      entry.valueCount,
      entry.sha256,
      entry.path,
    ).lastInsertRowid,
  );
}

/** Exports, newest first. */
export function listExports(db: ProjectDatabase, limit = 100): ExportEntry[] {
  const rows = statement(
    db,
    `SELECT id, at, actor, format, filter, article_count AS articleCount, value_count AS valueCount,
            sha256, path
     FROM exports ORDER BY at DESC, id DESC LIMIT ?`,
  ).all(limit) as (Omit<ExportEntry, 'filter'> & { filter: string })[];
  return rows.map((row) => ({ ...row, filter: JSON.parse(row.filter) as unknown }));
}
