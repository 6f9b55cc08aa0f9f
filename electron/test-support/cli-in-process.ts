import { afterEach, vi } from 'vitest';
import { runCli } from '../cli/main';

/**
 * Runs the command line in this process (no child to spawn: fast enough for many small cases)
 * and gives what it printed to stdout and stderr with its exit code. The console spies are
 * restored after each test of the file that calls this.
 */
export function useInProcessCli(): (
  ...argv: string[]
) => Promise<{ code: number; out: string; err: string }> {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
    const code = await runCli(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
