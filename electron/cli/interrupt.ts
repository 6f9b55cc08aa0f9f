/**
 * Ctrl+C during long work: the first interrupt asks the work to stop at its next safe point
 * (between files or records) instead of killing the process mid-write.
 */
export function listenForInterrupt(): { isInterrupted(): boolean; dispose(): void } {
  let interrupted = false;
  const onInterrupt = (): void => {
    interrupted = true;
  };
  process.once('SIGINT', onInterrupt);
  return {
    isInterrupted: () => interrupted,
    dispose: () => process.removeListener('SIGINT', onInterrupt),
  };
}
