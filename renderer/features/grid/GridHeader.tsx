import { useTranslation } from 'react-i18next';
import type { GridSort } from '../../../shared/contract/grid';
import { useGridStore } from './grid-store';
import classes from './Grid.module.css';

/** The grid's columns in order, and the sort each one's header sets (null: not sortable). */
export const gridColumns: readonly { key: string; sort: GridSort | null }[] = [
  { key: 'article', sort: 'article' },
  { key: 'field', sort: 'field' },
  { key: 'value', sort: 'value' },
  { key: 'raw', sort: 'raw' },
  { key: 'confidence', sort: 'confidence' },
  { key: 'rule', sort: 'rule' },
  { key: 'state', sort: 'state' },
  { key: 'snippet', sort: null },
];

/** Column headers; a click sorts by the column, a second click the other way. */
export function GridHeader() {
  const { t } = useTranslation();
  const sort = useGridStore((s) => s.sort);
  const descending = useGridStore((s) => s.descending);
  const sortBy = useGridStore((s) => s.sortBy);
  return (
    <div role="row" aria-rowindex={1} className={`${classes.columns} ${classes.header}`}>
      {gridColumns.map((column) => {
        const label = t(`workbench.grid.columns.${column.key}`);
        const active = column.sort !== null && column.sort === sort;
        const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
        return (
          <span key={column.key} role="columnheader" aria-sort={column.sort ? ariaSort : undefined}>
            {column.sort ? (
              <button
                type="button"
                className={classes.sortButton}
                data-column={column.key}
                title={t('workbench.grid.sortBy', { column: label })}
                onClick={() => sortBy(column.sort!)}
              >
                {label}
                {active ? (descending ? ' ↓' : ' ↑') : ''}
              </button>
            ) : (
              label
            )}
          </span>
        );
      })}
    </div>
  );
}
