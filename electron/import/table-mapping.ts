import type { ColumnMapping } from '../database/mappings-repository';
import { guessTextColumn, type RowTable } from './rows';

/** A mapping the user chose for an import, maybe only for tables with one set of columns. */
export interface ChosenColumnMapping extends Omit<ColumnMapping, 'metadataColumns'> {
  /** 'all-others': every column but the text and title ones (nothing in the file is dropped). */
  metadataColumns: string[] | 'all-others';
  /** The column set it was made for; tables with other columns keep their own mapping. */
  columns?: readonly string[] | undefined;
}

const sameColumns = (a: readonly string[], b: readonly string[]): boolean =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/**
 * The chosen mapping, without its column set, when it applies to a table with these columns;
 * undefined when it was made for other columns (that table keeps its remembered or guessed one).
 * A mapping that applies must name only columns the table has: silently dropping the title or
 * a metadata column would lose data the user asked for, so the table fails instead.
 */
export function chosenMappingFor(
  chosen: ChosenColumnMapping | undefined,
  columns: readonly string[],
): ColumnMapping | undefined {
  if (!chosen) return undefined;
  const { columns: madeFor, ...chosenMapping } = chosen;
  if (madeFor && !sameColumns(madeFor, columns)) return undefined;
  const mapping: ColumnMapping = {
    ...chosenMapping,
    metadataColumns:
      chosenMapping.metadataColumns === 'all-others'
        ? columns.filter((c) => c !== chosen.textColumn && c !== chosen.titleColumn)
        : chosenMapping.metadataColumns,
  };
  const roles: [string | undefined, string][] = [
    [mapping.textColumn, 'the text column'],
    [mapping.titleColumn, 'the title column'],
    ...mapping.metadataColumns.map((c): [string, string] => [c, 'a metadata column']),
  ];
  for (const [column, role] of roles) {
    if (column !== undefined && !columns.includes(column)) {
      throw new Error(
        `there is no column "${column}" (chosen as ${role}); its columns are ${columns.map((c) => `"${c}"`).join(', ')}`,
      );
    }
  }
  return mapping;
}

/**
 * A first guess for a table nobody mapped yet: the longest text column, a column named like a
 * title, and every other column kept as metadata so nothing in the file is dropped.
 */
export function guessColumnMapping(fileName: string, table: RowTable): ColumnMapping {
  const textColumn = guessTextColumn(table.columns, table.rows);
  if (!textColumn) throw new Error(`${fileName} has no column with text in it`);
  const titleColumn = table.columns.find(
    (c) => c !== textColumn && /^(title|标题|题目|headline)$/i.test(c.trim()),
  );
  return {
    textColumn,
    titleColumn,
    metadataColumns: table.columns.filter((c) => c !== textColumn && c !== titleColumn),
  };
}
