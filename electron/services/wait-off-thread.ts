import type { Caller, Handlers, MethodName } from '../../shared/contract/contract';
import {
  isBusyError,
  totalChanges,
  withShortFirstWrite,
  WRITE_LOCK_WAIT_MS,
} from '../database/busy-wait';
import type { ProjectDatabase } from '../database/open-project';

/** How long a call's first write waits for the lock, how often it is retried, and for how long. */
export interface WaitOffThreadOptions {
  firstWaitMs?: number;
  retryEveryMs?: number;
  giveUpAfterMs?: number;
}

/**
 * The handlers run on the thread of the Electron main process (and of the browser-mode server).
 * SQLite waits for another program's write lock (a `gleaner import` from a script, a second
 * Gleaner on the same file) synchronously, for up to its busy timeout: that thread stalled, and
 * with it every window of the app (clicks, keys and menus wait) and every other tab's
 * requests, for up to five seconds a write. Here a call's first write waits only `firstWaitMs`;
 * refused before the call wrote anything, the call is tried again from a timer, the thread free
 * in between, until the same five seconds have passed. Then the refusal stands, and
 * withWriteFailureMessages says that another program kept the project locked, nothing changed.
 */
export function withWaitsOffThread(
  handlers: Handlers,
  db: ProjectDatabase,
  {
    firstWaitMs = 50,
    retryEveryMs = 50,
    giveUpAfterMs = WRITE_LOCK_WAIT_MS,
  }: WaitOffThreadOptions = {},
): Handlers {
  const wrapped: Partial<Record<MethodName, (input: never, caller: Caller) => unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [
    MethodName,
    (input: never, caller: Caller) => unknown,
  ][]) {
    /** One try: its value, or the refusal of a call that wrote nothing and may be tried again. */
    const attempt = (input: never, caller: Caller): { value: unknown } | { refused: unknown } => {
      const before = totalChanges(db);
      try {
        return { value: withShortFirstWrite(db, firstWaitMs, () => handler(input, caller)) };
      } catch (error) {
        if (isBusyError(error) && totalChanges(db) === before) return { refused: error };
        throw error;
      }
    };
    wrapped[method] = (input: never, caller: Caller) => {
      const first = attempt(input, caller);
      // The usual case stays synchronous: no lock met, or a call that wrote before it met one.
      if ('value' in first) return first.value;
      return retryUntil(Date.now() + giveUpAfterMs, first.refused, () => attempt(input, caller));
    };
  }
  return wrapped as Handlers;

  async function retryUntil(
    deadline: number,
    refused: unknown,
    again: () => { value: unknown } | { refused: unknown },
  ): Promise<unknown> {
    let last = refused;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, retryEveryMs));
      const next = again();
      if ('value' in next) return next.value;
      last = next.refused;
    }
    throw last;
  }
}
