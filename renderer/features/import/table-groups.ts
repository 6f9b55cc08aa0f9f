import type { TableInspection } from '../../../shared/contract/table-mapping';

export type InspectedTable = Extract<TableInspection, { kind: 'table' }>;

/** Tables with the same columns (in any order) share one mapping, as the project remembers it. */
export interface TableGroup {
  columns: string[];
  tables: InspectedTable[];
}

const columnsKey = (columns: readonly string[]): string => JSON.stringify([...columns].sort());

/** Groups the readable tables by column set, in the order they were found. */
export function groupTablesByColumns(inspections: readonly TableInspection[]): TableGroup[] {
  const groups = new Map<string, TableGroup>();
  for (const item of inspections) {
    if (item.kind !== 'table') continue;
    const key = columnsKey(item.columns);
    const group = groups.get(key);
    if (group) group.tables.push(item);
    else groups.set(key, { columns: item.columns, tables: [item] });
  }
  return [...groups.values()];
}
