import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

export interface ColumnMapping {
  textColumn: string;
  titleColumn?: string | undefined;
  metadataColumns: string[];
}

/** Files with the same columns get the same mapping: the key is the sorted column names. */
function columnsKey(columns: readonly string[]): string {
  return JSON.stringify([...columns].sort());
}

const mappingOf = prepare<
  [columnsKey: string],
  { textColumn: string; titleColumn: string | null; metadataColumns: string }
>(
  'SELECT text_column AS textColumn, title_column AS titleColumn, metadata_columns AS metadataColumns FROM import_mappings WHERE columns_key = ?',
);

export function findColumnMapping(
  db: ProjectDatabase,
  columns: readonly string[],
): ColumnMapping | undefined {
  const row = mappingOf.get(db, columnsKey(columns));
  if (!row) return undefined;
  return {
    textColumn: row.textColumn,
    titleColumn: row.titleColumn ?? undefined,
    metadataColumns: JSON.parse(row.metadataColumns) as string[],
  };
}

export function saveColumnMapping(
  db: ProjectDatabase,
  columns: readonly string[],
  mapping: ColumnMapping,
): void {
  db.prepare(
    `INSERT INTO import_mappings (columns_key, text_column, title_column, metadata_columns, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(columns_key) DO UPDATE SET text_column = excluded.text_column, title_column = excluded.title_column,
       metadata_columns = excluded.metadata_columns, updated_at = excluded.updated_at`,
  ).run(
    columnsKey(columns),
    mapping.textColumn,
    mapping.titleColumn ?? null,
    JSON.stringify(mapping.metadataColumns),
    new Date().toISOString(),
  );
}
