import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow } from '../../../shared/contract/grid';
import type { Field } from '../../../shared/schema';
import { formatValue } from '../fields/format-value';
import { GridSnippet } from './GridSnippet';
import classes from './Grid.module.css';

interface Props {
  row: GridRow;
  index: number;
  top: number;
  field: Field | undefined;
  selected: boolean;
  cursor: boolean;
  onPick(index: number, extend: boolean): void;
  onOpen(index: number): void;
}

/** One value of the grid: its article, field, value, text as written, confidence, rule, state. */
export const GridRowView = memo(function GridRowView(props: Props) {
  const { row, index, top, field, selected, cursor, onPick, onOpen } = props;
  const { t, i18n } = useTranslation();
  const label = field ? field.labels[i18n.language === 'en' ? 'en' : 'zh-CN'] : row.fieldKey;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-cursor={cursor}
      data-value-id={row.valueId}
      className={`${classes.columns} ${classes.row}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => onPick(index, event.shiftKey)}
      onDoubleClick={() => onOpen(index)}
    >
      <span role="gridcell" className={classes.cell} title={row.articleTitle ?? ''}>
        {row.articleTitle ?? t('workbench.grid.untitled')}
      </span>
      <span role="gridcell" className={classes.cell}>
        {label}
      </span>
      <span role="gridcell" className={classes.cell}>
        {formatValue(field?.type ?? '', row.value, i18n.language)}
      </span>
      <span role="gridcell" className={classes.cell} lang="zh-CN">
        {row.raw}
      </span>
      <span role="gridcell" className={classes.cell}>
        {row.confidence === null ? '—' : row.confidence.toFixed(2)}
      </span>
      <span role="gridcell" className={classes.cell} title={row.extractor ?? ''}>
        {row.extractor ?? t('workbench.grid.noRule')}
      </span>
      <span role="gridcell" className={classes.cell}>
        <span data-state={row.state}>{t(`fields.states.${row.state}`)}</span>
      </span>
      <span role="gridcell" className={classes.cell}>
        <GridSnippet snippet={row.snippet} />
      </span>
    </div>
  );
});
