import fs from 'node:fs';
import { backgroundNiceness } from './background-priority';

/**
 * Linux schedules the threads of one login session (one terminal, say) as a group, an
 * "autogroup", and shares the cores between groups first. Lowering a job thread's niceness
 * therefore only orders it against threads of its own session. That is enough in the desktop
 * app, whose window is a child process in the app's session; but `gleaner serve` runs in a
 * terminal's session while the user's browser runs in another, and there the jobs' low
 * priority does not reach the window at all: measured, the browser then waited up to 150 ms for
 * a core during a big import (bench:ui-stall --separate-session).
 *
 * While a job runs, browser mode therefore lowers its whole session's group, and puts it back
 * when the last job ends (or the process exits). Setting a group's niceness to a higher
 * (lower-priority) value, and back to a value no lower than before, needs no privilege.
 */
export interface SessionPriority {
  /** Lowers the session's group until the returned release is called (holds nest). */
  hold(): () => void;
}

export const autogroupFile = '/proc/self/autogroup';

/** The niceness in an autogroup file's line ("/autogroup-3345 nice 0"), or null. */
export function parseAutogroupNiceness(text: string): number | null {
  const match = /\bnice\s+(-?\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}

export interface SessionPriorityOptions {
  /** The autogroup file (a stand-in file in tests). */
  file?: string;
  niceness?: number;
  platform?: NodeJS.Platform;
  /** How long to wait before trying again when the kernel refuses a change as too soon. */
  retryMs?: number;
}

/**
 * The session's priority while jobs run. Best effort: where there are no autogroups (macOS,
 * Windows, a kernel without them, a sandbox), holding does nothing and jobs run as before.
 */
export function sessionPriority(options: SessionPriorityOptions = {}): SessionPriority {
  const file = options.file ?? autogroupFile;
  const niceness = options.niceness ?? backgroundNiceness;
  const retryMs = options.retryMs ?? 150;
  const supported = (options.platform ?? process.platform) === 'linux';
  let holds = 0;
  // The niceness to put back, when this process lowered the group.
  let restoreTo: number | null = null;

  const write = (value: number): boolean => {
    try {
      fs.writeFileSync(file, String(value));
      return true;
    } catch (error) {
      // The kernel allows one change per 100 ms to unprivileged processes.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        setTimeout(() => settle(), retryMs).unref();
      }
      return false;
    }
  };

  // Brings the group to what the current holds call for.
  const settle = (): void => {
    if (holds > 0 && restoreTo === null) {
      let current: number | null;
      try {
        current = parseAutogroupNiceness(fs.readFileSync(file, 'utf8'));
      } catch {
        return;
      }
      if (current === null || current >= niceness) return;
      if (write(niceness)) restoreTo = current;
    } else if (holds === 0 && restoreTo !== null) {
      if (write(restoreTo)) restoreTo = null;
    }
  };

  const restoreOnExit = (): void => {
    holds = 0;
    if (restoreTo !== null) write(restoreTo);
  };

  return {
    hold() {
      if (!supported) return () => {};
      holds += 1;
      if (holds === 1) process.once('exit', restoreOnExit);
      settle();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        if (holds === 0) process.removeListener('exit', restoreOnExit);
        settle();
      };
    },
  };
}
