import {
  cliActor,
  exitCodes,
  parseCommand,
  printUsage,
  UsageError,
  type CliCommand,
} from '../command';
import { printable } from '../printable';

const usage = `Usage: gleaner init --project FILE [--schema hospital-news|company-news|empty|FILE]

Creates a new, empty project file that collects the fields of the schema named: one of the
built-in schemas, or a schema JSON file (as "gleaner schema export" or Fields… → Export
writes). The schema is checked first: an unknown extractor, or one whose values do not fit
its field's type, is an error naming both, and no file is created. An existing file is never
replaced.

Options:
  --project FILE   the project file to create (required)
  --schema NAME    hospital-news (default), company-news, empty, or a schema JSON file
  -h, --help       show this help`;

/** `gleaner init`: a new project with the schema of the user's choice. */
export const initCli: CliCommand = {
  name: 'init',
  summary: 'Create a project file with a schema (hospital-news, company-news, empty or a file)',
  async run(args) {
    const { values } = parseCommand(args, { schema: { type: 'string' } });
    if (values.help) return printUsage(usage);
    if (!values.project) throw new UsageError('init needs --project FILE');
    const { initCommand } = await import('../schema-commands');
    const result = initCommand({
      project: values.project,
      schema: values.schema ?? 'hospital-news',
      actor: cliActor(),
    });
    console.log(`Created ${printable(result.path)} with the schema ${printable(result.schema)}`);
    return exitCodes.ok;
  },
};
