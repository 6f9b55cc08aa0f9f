import {
  exitCodes,
  parseCommand,
  printUsage,
  projectCommands,
  refusingToReplace,
  UsageError,
  type CliCommand,
} from '../command';
import { printable } from '../printable';
import { outName, summaryPrinter, writeToOut } from '../standard-output';

const usage = `Usage: gleaner backup --project FILE --out FILE [--overwrite]

Writes a consistent copy of the project with SQLite's online backup (safe while the app
has the project open), as one self-contained file. An existing --out file is refused
(exit 1, naming it) unless --overwrite is given; the project file itself never is replaced.

Options:
  --project FILE   the project file (required; never created by backup)
  --out FILE       the copy to write (- for standard output)
  --overwrite      replace what is already at --out
  -h, --help       show this help`;

/** `gleaner backup`: SQLite's online backup of a project, safe while the app has it open. */
export const backupCli: CliCommand = {
  name: 'backup',
  summary: 'Copy a project file safely, even while the app has it open',
  async run(args) {
    const { values } = parseCommand(args, {
      out: { type: 'string' },
      overwrite: { type: 'boolean', default: false },
    });
    if (values.help) return printUsage(usage);
    const { project, out } = values;
    if (!project) throw new UsageError('backup needs --project FILE');
    if (!out) throw new UsageError('backup needs --out FILE');
    const { backupCommand } = await projectCommands();
    const result = await refusingToReplace(out, () =>
      writeToOut(out, 'backup.gleaner', (target) =>
        backupCommand({ project, out: target, overwrite: values.overwrite }),
      ),
    );
    summaryPrinter(out)(
      `Backed up ${printable(project)} to ${printable(outName(out, result.path))} (${result.bytes} bytes)`,
    );
    return exitCodes.ok;
  },
};
