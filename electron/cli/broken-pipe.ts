/**
 * `gleaner import … | head -1`: once the reader has gone, every further write to stdout fails
 * with EPIPE, which Node raises as an unhandled 'error' event (a stack trace and exit code 1)
 * in the middle of a command that did its work. Output nobody reads is not a failure: writes
 * to a closed stdout or stderr are dropped, and the command finishes with its own exit code.
 * Any other write error is left to crash loudly, as before.
 */
export function ignoreClosedOutput(
  streams: NodeJS.WritableStream[] = [process.stdout, process.stderr],
): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') return;
      // Rethrown outside the emitter, so it stays an uncaught exception.
      process.nextTick(() => {
        throw error;
      });
    });
  }
}
