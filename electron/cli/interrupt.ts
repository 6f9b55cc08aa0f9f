/**
 * Ctrl+C during long work: the first interrupt asks the work to stop at its next safe point
 * (between files, batches of articles or index steps) instead of killing the process mid-write,
 * and `onFirst` tells the user so. The listener is then gone, so a second Ctrl+C quits at once
 * (SQLite rolls back the step in progress; nothing committed is lost).
 */
export function listenForInterrupt(onFirst?: () => void): {
  isInterrupted(): boolean;
  dispose(): void;
} {
  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
    onFirst?.();
  };
  process.once('SIGINT', onInterrupt);
  return {
    isInterrupted: () => interrupted,
    dispose: () => process.removeListener('SIGINT', onInterrupt),
  };
}
