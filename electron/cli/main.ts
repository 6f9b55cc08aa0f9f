import path from 'node:path';
import { ApiError } from '../../shared/contract/errors';
import { describeWriteFailure } from '../services/project-health';
import { ignoreClosedOutput } from './broken-pipe';
import { exitCodes, printUsage, UsageError, type CliCommand } from './command';
import { acceptCli } from './commands/accept';
import { backupCli } from './commands/backup';
import { checkCli } from './commands/check';
import { exportCli } from './commands/export';
import { importCli } from './commands/import';
import { initCli } from './commands/init';
import { packageCli } from './commands/package';
import { schemaCli } from './commands/schema';
import { serveCli } from './commands/serve';
import { suggestCli } from './commands/suggest';
import { errorText } from './error-lines';

export { exitCodes } from './command';

/** Every command, in the order `gleaner --help` lists them. A new command is one more module. */
const commands: readonly CliCommand[] = [
  initCli,
  importCli,
  exportCli,
  acceptCli,
  checkCli,
  backupCli,
  serveCli,
  packageCli,
  schemaCli,
  suggestCli,
];

const mainUsage = `Usage: gleaner <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(9)}${c.summary}`).join('\n')}

Run "gleaner <command> --help" for a command's options.

Exit codes: 0 done, 1 failed, 2 wrong usage, 3 done but some files were skipped or articles stored without suggestions, 130 interrupted.`;

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    console.error(mainUsage);
    return exitCodes.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') return printUsage(mainUsage);
  try {
    const command = commands.find((c) => c.name === name);
    if (!command)
      throw new UsageError(`unknown command "${name}". Run "gleaner --help" for the list.`);
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(errorText(error));
      return exitCodes.usage;
    }
    // Clear lines, never a stack trace, for errors a user can act on.
    console.error(errorText(namingTheProject(error, rest)));
    return exitCodes.failure;
  }
}

/**
 * SQLite's own errors name no file ("database is locked" after waiting for another program,
 * "database or disk is full"): a failed write is told as the project's, named by --project.
 */
function namingTheProject(error: unknown, args: readonly string[]): Error {
  if (error instanceof ApiError || !(error instanceof Error) || error.name !== 'SqliteError')
    return error as Error;
  const at = args.findIndex((arg) => arg === '--project' || arg.startsWith('--project='));
  const project = args[at]?.startsWith('--project=') ? args[at]!.slice(10) : args[at + 1];
  if (at < 0 || !project) return error;
  return describeWriteFailure(error, path.resolve(project)) ?? error;
}

export async function main(): Promise<void> {
  ignoreClosedOutput();
  const code = await runCli(process.argv.slice(2));
  if (code !== exitCodes.ok) process.exitCode = code;
}
