import { useEffect } from 'react';
import { ProfileChooser } from '../profiles/ProfileChooser';
import { useProfilesStore } from '../profiles/profiles-store';
import { HistoryDrawer } from './HistoryDrawer';
import { useReviewHotkeys } from './use-review-hotkeys';

/** What review adds over the whole window: who is working, the history drawer, the shortcuts. */
export function ReviewOverlays() {
  const start = useProfilesStore((s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);
  useReviewHotkeys();
  return (
    <>
      <ProfileChooser />
      <HistoryDrawer />
    </>
  );
}
