import os from 'node:os';

/**
 * The scheduling niceness of job threads in an app that shows a window: below normal, so the
 * window (Chromium's renderer and compositor, the main process answering it) gets a core first
 * whenever it has work and the job takes the rest. On an idle machine a job loses nothing:
 * niceness only orders threads that want the same core.
 */
export const backgroundNiceness = os.constants.priority.PRIORITY_BELOW_NORMAL;

/**
 * Lowers the scheduling priority of the calling thread, and so of the threads it starts after
 * (a new Linux thread inherits its creator's niceness: the import worker's prepare pool too).
 * On Linux every thread has its own niceness and setpriority(PRIO_PROCESS, 0) names the calling
 * thread; on Windows and macOS the same call would lower the whole process, the app's main
 * thread included, so there threads are left as they are. Returns whether it was lowered.
 */
export function lowerThisThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    if (os.getPriority(0) < backgroundNiceness) os.setPriority(0, backgroundNiceness);
    return true;
  } catch {
    // A sandbox may forbid it; the job then runs at normal priority.
    return false;
  }
}
