import { useEffect } from 'react';
import { ProfileChooser } from '../profiles/ProfileChooser';
import { useProfilesStore } from '../profiles/profiles-store';
import { CommentThreadsDrawer } from './CommentThreadsDrawer';
import { HistoryDrawer } from './HistoryDrawer';
import { useCommentHotkeys } from './use-comment-hotkeys';
import { useReviewHotkeys } from './use-review-hotkeys';

/**
 * What review adds over the whole window: who is working, the history and comments drawers, the
 * shortcuts.
 */
export function ReviewOverlays() {
  const start = useProfilesStore((s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);
  useReviewHotkeys();
  useCommentHotkeys();
  return (
    <>
      <ProfileChooser />
      <HistoryDrawer />
      <CommentThreadsDrawer />
    </>
  );
}
