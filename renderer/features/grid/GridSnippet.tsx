import type { GridRow } from '../../../shared/contract/grid';
import classes from './Grid.module.css';

/** The text around a value's span, the span marked. Article text is shown as text, never HTML. */
export function GridSnippet({ snippet }: { snippet: GridRow['snippet'] }) {
  if (!snippet) return <span className={classes.cell}>—</span>;
  return (
    <span className={`${classes.cell} ${classes.snippet}`} lang="zh-CN">
      {snippet.before}
      <mark>{snippet.marked}</mark>
      {snippet.after}
    </span>
  );
}
