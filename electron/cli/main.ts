import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/contract/errors';
import { serveCommand } from './serve-command';

const usage = `Usage: gleaner <command> [options]

Commands:
  serve    Browser mode: serve the app on 127.0.0.1 for a project file

Options for serve:
  --project FILE   the project file (default: the last project, or a new default one)
  --port N         the port (default 5178; 0 picks a free one)
  -h, --help       show this help`;

/** Exit codes scripts can rely on. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(usage);
    return command ? exitCodes.ok : exitCodes.usage;
  }
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({
        args: rest,
        options: {
          project: { type: 'string' },
          port: { type: 'string', default: '5178' },
          help: { type: 'boolean', short: 'h' },
        },
      });
      if (values.help) {
        console.log(usage);
        return exitCodes.ok;
      }
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`gleaner: --port must be a number from 0 to 65535, not "${values.port}"`);
        return exitCodes.usage;
      }
      await serveCommand({ project: values.project, port });
      return exitCodes.ok;
    }
    default:
      console.error(`gleaner: unknown command "${command}". Run "gleaner --help" for the list.`);
      return exitCodes.usage;
  }
}

export async function main(): Promise<void> {
  try {
    const code = await runCli(process.argv.slice(2));
    if (code !== exitCodes.ok) process.exitCode = code;
  } catch (error) {
    // One clear line, never a stack trace, for errors a user can act on.
    const message =
      error instanceof ApiError || error instanceof TypeError
        ? error.message
        : String((error as Error).message ?? error);
    console.error(`gleaner: ${message}`);
    process.exitCode = exitCodes.failure;
  }
}
