import { unknownEncodingMessage } from '../../import/encoding-names';
import type { ChosenColumnMapping } from '../../import/table-mapping';
import {
  cliActor,
  exitCodes,
  parseCommand,
  printUsage,
  UsageError,
  type CliCommand,
} from '../command';
import { formatImportSummary, importCommand } from '../import-command';

const usage = `Usage: gleaner import PATH... --project FILE [--max-mb N] [--encoding NAME]
                      [--text-column NAME [--title-column NAME] [--metadata-columns A,B]]
                      [--schema hospital-news|company-news|empty|FILE]

Imports files and folders (recursively) into the project file, creating it if needed.
Each file is decoded (UTF-8, UTF-16, GB18030/GBK, Big5, Shift_JIS … detected), split into
articles, and stored in its own transaction. Text already in the project is reported as a
duplicate, never imported twice. Then every article not yet extracted gets its suggested
values: this import's, and those an earlier import stored but never extracted (it was
killed, stopped or ran out of disk). Ctrl+C stops any phase (importing, extracting,
indexing) at its next step and keeps what is done; a second Ctrl+C quits at once.
A file whose encoding cannot be told, or whose text reads as mojibake ("ÖÐ¹ú", "å¼€"), is
skipped with the reason: import it again with --encoding.

Each row of a .csv/.jsonl table is one article. Without --text-column, a table uses the
mapping remembered for its columns, else a guess; the mapping used is remembered.

Options:
  --project FILE            the project file (required)
  --schema NAME             the schema a new project collects with: hospital-news (default),
                            company-news, empty or a schema JSON file; an existing project
                            switches to it only while it holds no values
  --max-mb N                skip files larger than N megabytes (default 20)
  --encoding NAME           read every file as NAME (utf-8, gb18030, gbk, big5, utf-16le,
                            utf-16be, shift_jis, euc-jp, euc-kr, iso-2022-jp, hz-gb-2312,
                            windows-1252 …) instead of detecting; a file not valid in it is
                            skipped with the reason
  --text-column NAME        the column holding the article text, in every table
  --title-column NAME       the column holding the title (default: none)
  --metadata-columns A,B    columns kept as metadata (default: all other columns;
                            "" keeps none). A table lacking a named column is skipped.
  -h, --help                show this help`;

/** `gleaner import`: the work is in import-command.ts; this reads the options and prints. */
export const importCli: CliCommand = {
  name: 'import',
  summary: 'Import files and folders (.txt .md .html .htm .csv .jsonl) into a project',
  async run(args) {
    const { values, positionals } = parseCommand(
      args,
      {
        'max-mb': { type: 'string' },
        'text-column': { type: 'string' },
        'title-column': { type: 'string' },
        'metadata-columns': { type: 'string' },
        encoding: { type: 'string' },
        schema: { type: 'string' },
      },
      { positionals: true },
    );
    if (values.help) return printUsage(usage);
    if (!values.project) throw new UsageError('import needs --project FILE');
    if (positionals.length === 0)
      throw new UsageError('import needs at least one file or folder to import');
    const maxMb = values['max-mb'] === undefined ? 20 : Number(values['max-mb']);
    if (!(maxMb > 0))
      throw new UsageError(`--max-mb must be a positive number, not "${values['max-mb']}"`);
    const encoding = encodingOption(values.encoding);
    const columnMapping = columnMappingOption(values);
    // Read and checked before anything is imported: a bad schema file imports nothing.
    const schema =
      values.schema === undefined
        ? undefined
        : (await import('../../services/schema-choice')).schemaFromChoice(values.schema);
    const report = await importCommand({
      project: values.project,
      paths: positionals,
      maxBytes: Math.round(maxMb * 1024 * 1024),
      actor: cliActor(),
      columnMapping,
      encoding,
      schema,
    });
    for (const line of formatImportSummary(report)) console.log(line);
    if (report.cancelled) return exitCodes.interrupted;
    return report.skipped.length > 0 || report.unextracted.length > 0
      ? exitCodes.partial
      : exitCodes.ok;
  },
};

/** The table mapping asked for on the command line, or undefined for remembered/guessed ones. */
function columnMappingOption(values: {
  'text-column'?: string | undefined;
  'title-column'?: string | undefined;
  'metadata-columns'?: string | undefined;
}): ChosenColumnMapping | undefined {
  const textColumn = values['text-column']?.trim();
  const titleColumn = values['title-column']?.trim();
  const metadata = values['metadata-columns'];
  if (!textColumn) {
    if (values['text-column'] !== undefined) throw new UsageError('--text-column needs a name');
    if (titleColumn !== undefined || metadata !== undefined)
      throw new UsageError('--title-column and --metadata-columns need --text-column NAME');
    return undefined;
  }
  return {
    textColumn,
    titleColumn: titleColumn || undefined,
    metadataColumns:
      metadata === undefined
        ? 'all-others'
        : metadata
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
  };
}

/** --encoding, checked before anything is read: an unknown name is a usage error naming it. */
function encodingOption(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const unknown = unknownEncodingMessage(label);
  if (unknown !== null) throw new UsageError(`--encoding: ${unknown}`);
  return label;
}
