import type { LeftOutRows, RowLines } from '../../shared/contract/table-mapping';
import type { RowTable } from './rows';

/** Enough lines to find the rows in an editor; the count says how many there are in all. */
export const maxListedLines = 20;

/**
 * The rows an import of this table leaves out, as `rowsToArticles` decides: the unreadable ones
 * now, and for each column the rows whose cell in it is missing or blank, since which column
 * holds the text is chosen after this is computed.
 */
export function leftOutRows(table: RowTable): LeftOutRows {
  const unreadable = listed((table.rejected ?? []).map((bad) => bad.line));
  const emptyByColumn: Record<string, RowLines> = {};
  for (const column of table.columns) {
    const lines: number[] = [];
    table.rows.forEach((row, index) => {
      const cell = row[column];
      if (cell === undefined || cell.trim() === '') {
        lines.push(table.rowLines?.[index] ?? table.rowNumbers?.[index] ?? index + 1);
      }
    });
    emptyByColumn[column] = listed(lines);
  }
  return { unreadable, emptyByColumn };
}

function listed(lines: number[]): RowLines {
  return { count: lines.length, lines: lines.slice(0, maxListedLines) };
}
