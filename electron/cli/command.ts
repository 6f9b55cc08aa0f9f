import os from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiError } from '../../shared/contract/errors';

/** Exit codes scripts can rely on. */
export const exitCodes = { ok: 0, failure: 1, usage: 2, partial: 3, interrupted: 130 } as const;

/** Wrong usage (a missing or malformed option): one line on stderr and exit code 2. */
export class UsageError extends Error {}

/**
 * One `gleaner <name>` command: its line in the command list, and its run (which prints its own
 * --help, so a command may load its options and usage lazily).
 */
export interface CliCommand {
  readonly name: string;
  /** One line for `gleaner --help`. */
  readonly summary: string;
  /** Parses the arguments after the command's name and runs it; answers the exit code. */
  run(args: string[]): Promise<number>;
}

/** The name changes are recorded under: the person at the terminal. */
export function cliActor(): string {
  return os.userInfo().username || 'cli';
}

/** Prints a command's usage for --help. */
export function printUsage(usage: string): number {
  console.log(usage);
  return exitCodes.ok;
}

/** Runs node's parseArgs, turning its complaints (unknown option, missing value) into usage errors. */
function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // Node's complaint is several lines; the first says what is wrong and the rest, for a value
    // that starts with a dash (`--port -1`), how to pass it: one line of each, as every error.
    const { code, message } = error as Error & { code?: string };
    // For an unknown option Node advises passing it as a positional argument after `--`, which
    // no command here takes (and its quotes do not close): say where the options are instead.
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']*)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown option ${option}; --help lists the command's options`);
    }
    const [what, ...how] = message.split('\n');
    throw new UsageError([what, ...how].filter(Boolean).join(' '));
  }
}

const commonOptions = {
  help: { type: 'boolean', short: 'h' },
  project: { type: 'string' },
} as const;

/** A command's arguments: its own options, plus --help and --project, which every command takes. */
export function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  { positionals = false } = {},
) {
  return parseOrUsage(() =>
    parseArgs({ args, allowPositionals: positionals, options: { ...commonOptions, ...options } }),
  );
}

/**
 * Runs a command that writes the user's --out path, turning the API's refusal to replace an
 * existing file (which asks a window to confirm) into the command line's way to confirm.
 */
export async function refusingToReplace<T>(out: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'file-exists')
      throw new Error(
        `${out} already exists; nothing was written. Give --overwrite to replace it.`,
        {
          cause: error,
        },
      );
    throw error;
  }
}

// Export, check, backup and serve load their modules (the Excel and Parquet writers, the web
// server) only when run: an import, a usage error or --help then starts in about 1 s, not 1.6 s.
export const projectCommands = () => import('./project-commands');
