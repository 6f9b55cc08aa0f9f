import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentPayload } from '../../../shared/contract/review';
import { useThreadsStore } from '../review/threads-store';
import classes from './FieldsPanel.module.css';
import { CommentIcon } from '../review/CommentIcon';

/**
 * `open/all/first thread`: one primitive per row, so a change to another value's threads
 * re-renders no row but its own.
 */
function threadsOfValue(comments: readonly CommentPayload[], valueId: number): string {
  let all = 0;
  let open = 0;
  let first = 0;
  for (const c of comments) {
    if (c.valueId !== valueId || c.replyTo !== null) continue;
    all++;
    if (c.resolvedAt === null) {
      open++;
      first ||= c.id;
    }
  }
  if (all === 0) return '';
  return `${open}/${all}/${first || comments.find((c) => c.valueId === valueId)!.id}`;
}

/** The value's comment threads as a count beside it; a click opens the first open one. */
export function ValueThreadsMarker({ valueId }: { valueId: number }) {
  const { t } = useTranslation();
  const summary = useThreadsStore((s) => threadsOfValue(s.comments, valueId));
  if (summary === '') return null;
  const [open, all, first] = summary.split('/').map(Number) as [number, number, number];
  const label = t('review.threads.valueMarker', { count: all });
  return (
    <button
      type="button"
      className={classes.threadsMarker}
      data-open={open > 0}
      aria-label={label}
      title={label}
      onClick={(event: MouseEvent) => {
        event.stopPropagation();
        useThreadsStore.getState().openPanel(first);
      }}
      data-testid="value-threads-marker"
    >
      <CommentIcon />
      {open > 0 ? open : all}
    </button>
  );
}
