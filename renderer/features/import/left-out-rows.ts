import type { TFunction } from 'i18next';
import type { InspectedTable } from './table-groups';

/** How many lines the preview names; the count says how many rows there are in all. */
const shownLines = 10;

export interface LeftOutSummary {
  count: number;
  /** The first lines, in file order. */
  lines: number[];
}

/**
 * The rows of a table the import will leave out with this text column: the unreadable ones and
 * those with no text in it. Null when every row will be imported (or the server did not say).
 */
export function leftOutSummary(table: InspectedTable, textColumn: string): LeftOutSummary | null {
  if (!table.leftOut) return null;
  const { unreadable, emptyByColumn } = table.leftOut;
  const empty = emptyByColumn[textColumn] ?? { count: 0, lines: [] };
  const count = unreadable.count + empty.count;
  if (count === 0) return null;
  // Each list holds its own first lines, so the first of both together are the first overall.
  const lines = [...unreadable.lines, ...empty.lines].sort((a, b) => a - b).slice(0, shownLines);
  return { count, lines };
}

/** "news.csv: 3 rows will be left out: line 12, 40, 41" (with "…" when there are more). */
export function leftOutMessage(t: TFunction, name: string, summary: LeftOutSummary): string {
  const more = summary.count > summary.lines.length ? ', …' : '';
  return t('import.leftOut.rows', {
    name,
    count: summary.count,
    lines: `${summary.lines.join(', ')}${more}`,
  });
}

/** The rows that will become articles: the readable ones with text in the chosen column. */
export function importableRowCount(tables: readonly InspectedTable[], textColumn: string): number {
  return tables.reduce(
    (sum, table) => sum + table.rowCount - (table.leftOut?.emptyByColumn[textColumn]?.count ?? 0),
    0,
  );
}
