import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

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

const insert = prepare<
  [
    at: string,
    actor: string,
    format: string,
    filter: string,
    articleCount: number,
    valueCount: number,
    sha256: string,
    path: string,
  ]
>(
  `INSERT INTO exports (at, actor, format, filter, article_count, value_count, sha256, path)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
);

export function recordExport(db: ProjectDatabase, entry: NewExportEntry): number {
  return Number(
    insert.run(
      db,
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

const newestFirst = prepare<[limit: number], Omit<ExportEntry, 'filter'> & { filter: string }>(
  `SELECT id, at, actor, format, filter, article_count AS articleCount, value_count AS valueCount,
          sha256, path
   FROM exports ORDER BY at DESC, id DESC LIMIT ?`,
);

/** Exports, newest first. */
export function listExports(db: ProjectDatabase, limit = 100): ExportEntry[] {
  const rows = newestFirst.all(db, limit);
  return rows.map((row) => ({ ...row, filter: JSON.parse(row.filter) as unknown }));
}
