import { Fragment, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentPayload } from '../../../shared/contract/review';
import { useFieldsStore } from '../fields/fields-store';
import { useThreadsStore } from '../review/threads-store';
import classes from './Reader.module.css';
import { useCommentMarkers } from './use-comment-markers';
import type { PaintedText } from './use-provenance-highlights';

/** One array for "none", so that no render hands the markers a new empty list. */
const NO_COMMENTS: readonly CommentPayload[] = [];

/**
 * The article's comment threads marked in its text: a small button where a thread's span (or
 * its value's first span) ends, opening the thread; an open span thread's characters get a
 * dotted outline. Resolved threads keep a quieter marker.
 */
export function CommentMarkers({
  textRef,
  painted,
  id: articleId,
  shown,
}: {
  textRef: RefObject<HTMLElement | null>;
  painted: RefObject<PaintedText | null>;
  /** The article shown, and what its text nodes were built from (markers are placed again). */
  id: number;
  shown: unknown;
}) {
  const { t } = useTranslation();
  const comments = useThreadsStore((s) => (s.articleId === articleId ? s.comments : null));
  const openPanel = useThreadsStore((s) => s.openPanel);
  const values = useFieldsStore((s) => (s.dataArticleId === articleId ? s.data?.values : null));
  const markers = useCommentMarkers(
    textRef,
    painted,
    comments ?? NO_COMMENTS,
    values ?? null,
    shown,
  );
  return markers.map((marker) => (
    <Fragment key={marker.key}>
      {marker.boxes.map((box, i) => (
        <div key={i} className={classes.commentSpan} style={box} aria-hidden />
      ))}
      <button
        type="button"
        className={classes.commentMarker}
        data-open={marker.open}
        style={{ left: marker.left, top: marker.top }}
        onClick={() => openPanel(marker.threadIds[0])}
        aria-label={t('review.threads.textMarker', { count: marker.threadIds.length })}
        title={t('review.threads.textMarker', { count: marker.threadIds.length })}
        data-testid="comment-marker"
      >
        {marker.threadIds.length}
      </button>
    </Fragment>
  ));
}
