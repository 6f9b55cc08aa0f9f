import type { Caller, Handlers, MethodName } from '../../shared/contract/contract';
import {
  isBusyError,
  totalChanges,
  withShortFirstWrite,
  WRITE_LOCK_WAIT_MS,
} from '../database/busy-wait';
import type { ProjectDatabase } from '../database/open-project';

/**
 * The handlers run on the thread of the Electron main process (and of the browser-mode server).
 * SQLite waits for another program's write lock (a `gleaner import` from a script, a second
 * Gleaner on the same file) synchronously, for up to its busy timeout: that thread stalled, and
 * with it every window of the app (no input, no menus, no repaint) and every other tab's
 * requests, for up to five seconds a write. Here a call's first write waits only `firstWaitMs`;
 * refused before the call wrote anything, the call is tried again after a timer, so the thread
 * runs in between, until the same five seconds have passed. Then the refusal stands and
 * withWriteFailureMessages says which program-independent thing happened ("another program kept
 * it locked…"), with nothing changed.
 */
export interface WaitOffThreadOptions {
  firstWaitMs?: number;
  retryEveryMs?: number;
  giveUpAfterMs?: number;
}

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
    /** One try; `undefined` in `refused` when it may be tried again (nothing was written). */
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
