import type { Caller, Handlers, MethodName } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/errors';
import { apiError } from '../../shared/contract/error-messages';

/** Why a write to the project file failed, in words a user can act on; undefined if not a write failure. */
export function writeFailureReason(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return 'the disk is full (or the file reached its size limit)';
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  )
    return 'the file or its folder is read-only';
  if (code.startsWith('SQLITE_IOERR')) return 'the disk reported an input/output error';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the file cannot be opened for writing';
  // The connection waits its busy timeout for another writer (database/open-project.ts) first.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'another program (an import, a backup restore, another Gleaner on the same file) kept it locked for longer than Gleaner waits; try again once it is done';
  return undefined;
}

/**
 * Turns a failed write (full disk, read-only folder, I/O error) into an error that names the
 * project file and says that nothing was lost: every change runs in a SQLite transaction, so a
 * failed one is rolled back and the file keeps its last saved state.
 */
export function describeWriteFailure(error: unknown, projectPath: string): ApiError | undefined {
  const reason = writeFailureReason(error);
  if (!reason) return undefined;
  return apiError('save-failed', {
    file: projectPath,
    reason,
    detail: (error as Error).message,
  });
}

/**
 * Wraps every handler so write failures reach the window as describeWriteFailure's message.
 * `projectPath` is read at call time because the open project can change.
 */
export function withWriteFailureMessages(handlers: Handlers, projectPath: () => string): Handlers {
  const wrapped: Partial<Record<MethodName, (input: never, caller: Caller) => unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [
    MethodName,
    (input: never, caller: Caller) => unknown,
  ][]) {
    wrapped[method] = (input: never, caller: Caller) => {
      const rethrow = (error: unknown): never => {
        throw describeWriteFailure(error, projectPath()) ?? error;
      };
      try {
        const result = handler(input, caller);
        return result instanceof Promise ? result.catch(rethrow) : result;
      } catch (error) {
        return rethrow(error);
      }
    };
  }
  return wrapped as Handlers;
}
