import {
  cliActor,
  exitCodes,
  parseCommand,
  printUsage,
  refusingToReplace,
  UsageError,
  type CliCommand,
} from '../command';
import { printable } from '../printable';
import { outName, summaryPrinter, writeToOut } from '../standard-output';

const usage = `Usage: gleaner schema export --project FILE --out FILE.json [--overwrite]
       gleaner schema import --project FILE FILE.json

export writes the project's schema (its fields, their extractors and patterns) as JSON.
import makes a schema file the project's: a file with the project's schema id is saved as
its next version, as an edit in Fields… is (a field holding values cannot be removed or
retyped); a file with another id replaces the schema while the project holds no values.
Either way the file is checked first: an unknown extractor, or one whose values do not fit
its field's type, is an error naming both.

Options:
  --project FILE   the project file (required; never created here)
  --out FILE       where export writes the schema (- for standard output)
  --overwrite      replace what is already at --out
  -h, --help       show this help`;

/** `gleaner schema export|import`: schemas as JSON files. */
export const schemaCli: CliCommand = {
  name: 'schema',
  summary: "Export the project's schema as JSON, or import a schema file",
  async run(args) {
    const { values, positionals } = parseCommand(
      args,
      { out: { type: 'string' }, overwrite: { type: 'boolean', default: false } },
      { positionals: true },
    );
    if (values.help) return printUsage(usage);
    const [action, ...files] = positionals;
    const { project } = values;
    if (!project) throw new UsageError('schema needs --project FILE');
    const commands = await import('../schema-commands');
    if (action === 'export') {
      const { out } = values;
      if (!out) throw new UsageError('schema export needs --out FILE');
      const result = await refusingToReplace(out, () =>
        writeToOut(out, 'schema.json', (target) =>
          commands.exportSchemaCommand({ project, out: target, overwrite: values.overwrite }),
        ),
      );
      summaryPrinter(out)(
        `Wrote the schema ${printable(result.schema)} to ${printable(outName(out, result.path))}`,
      );
      return exitCodes.ok;
    }
    if (action === 'import') {
      if (files.length !== 1) throw new UsageError('schema import needs one schema file');
      const result = commands.importSchemaCommand({ project, file: files[0]!, actor: cliActor() });
      console.log(`The project now collects with the schema ${result.id}@${result.version}`);
      return exitCodes.ok;
    }
    throw new UsageError('schema needs "export" or "import" (see gleaner schema --help)');
  },
};
