import os from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiError } from '../../shared/contract/errors';
import { unknownEncodingMessage } from '../import/encoding-names';
import type { ChosenColumnMapping } from '../import/table-mapping';
import { ignoreClosedOutput } from './broken-pipe';
import { formatImportSummary, importCommand } from './import-command';
import { printable } from './printable';
import { Project } from '../services/project';
import { savedSearchNamed } from '../services/saved-searches';

const usages = {
  main: `Usage: gleaner <command> [options]

Commands:
  import   Import files and folders (.txt .md .html .htm .csv .jsonl) into a project
  export   Export curated articles (JSONL, CSV, Excel, Parquet) with their provenance
  accept   Accept suggested values in bulk (by field, confidence, rule), audited
  check    Check a project file: SQLite integrity, document hashes, span offsets, audit chain
  backup   Copy a project file safely, even while the app has it open
  serve    Browser mode: serve the app on 127.0.0.1 for a project file
  package  Work packages for offline teams: create one from a selection, merge one back

Run "gleaner <command> --help" for a command's options.

Exit codes: 0 done, 1 failed, 2 wrong usage, 3 done but some files were skipped, 130 interrupted.`,
  import: `Usage: gleaner import PATH... --project FILE [--max-mb N] [--encoding NAME]
                      [--text-column NAME [--title-column NAME] [--metadata-columns A,B]]

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
  --max-mb N                skip files larger than N megabytes (default 20)
  --encoding NAME           read every file as NAME (utf-8, gb18030, gbk, big5, utf-16le,
                            utf-16be, shift_jis, euc-jp, euc-kr, iso-2022-jp, hz-gb-2312,
                            windows-1252 …) instead of detecting; a file not valid in it is
                            skipped with the reason
  --text-column NAME        the column holding the article text, in every table
  --title-column NAME       the column holding the title (default: none)
  --metadata-columns A,B    columns kept as metadata (default: all other columns;
                            "" keeps none). A table lacking a named column is skipped.
  -h, --help                show this help`,
  export: `Usage: gleaner export --project FILE --format FORMAT --out PATH [--overwrite]
                      [--status approved|submitted|any] [--include-rejected]
                      [--from DATE] [--to DATE] [--assignee NAME] [--search NAME]

Formats: jsonl (canonical records, one article per line), csv (one row per article, UTF-8
with BOM), csv-long (one row per value), xlsx (an articles sheet and a values sheet),
parquet (one row per value), dataset (a folder: data.jsonl, values.parquet,
articles.parquet, schema.json, a README dataset card and manifest.json with every file's
sha256). Offsets count code points of the document text; spans also
carry UTF-16 offsets and their text. The file is written whole or not at all.

Options:
  --project FILE        the project file (required; never created by export)
  --format FORMAT       jsonl, csv, csv-long, xlsx, parquet or dataset (required)
  --out PATH            the file (or dataset folder) to write; written whole or not at all.
                        An existing one is refused (exit 1, naming it) unless --overwrite
  --overwrite           replace what is already at --out
  --status S            approved (default), submitted or any
  --include-rejected    also export values a curator rejected
  --from DATE, --to DATE  only articles last changed in this range (ISO dates, UTC)
  --assignee NAME       only articles assigned to this profile (its name as in the app)
  --search NAME         only articles this saved search selects (with --status too:
                        add --status any to take the saved search's own status)
  -h, --help            show this help`,
  accept: `Usage: gleaner accept --project FILE [--field KEY]... [--min-confidence X]
                      [--rule ID] [--dry-run]

Accepts the suggested values that match, in every article that is not approved, as if a
curator had pressed ✓ on each: audited under your user name, and an untouched article
moves on to in progress. Edited, added, accepted and rejected values are left alone.

Options:
  --project FILE        the project file (required; never created by accept)
  --field KEY           only this field (repeat for several; default: every field)
  --min-confidence X    only suggestions with at least this confidence, 0 to 1 (default 0)
  --rule ID             only suggestions of this rule, e.g. rule:hospital@1
  --dry-run             count what would be accepted, change nothing
  -h, --help            show this help`,
  check: `Usage: gleaner check --project FILE [--audit-head ROW:SHA256]

Checks SQLite's integrity, that every document's text matches its hash, that every article
range lies inside its document, that every value's span text is exactly the document's
text at its offsets, and that the audit log's hash chain is whole (naming the first row
changed, removed or inserted outside Gleaner; note the printed head to detect a cut-off tail),
and lists articles extraction never ran over (an interrupted import).
The file is opened read-only; a damaged one gets what is wrong with it (not SQLite, truncated,
SQLite's integrity_check findings). Exit code 0 when all is well, 1 when problems are found.

Options:
  --project FILE             the project file
  --audit-head ROW:SHA256    the audit chain head an earlier check printed: the chain must
                             still pass through it (finds newest rows removed since)
  -h, --help                 show this help`,
  backup: `Usage: gleaner backup --project FILE --out FILE [--overwrite]

Writes a consistent copy of the project with SQLite's online backup (safe while the app
has the project open), as one self-contained file. An existing --out file is refused
(exit 1, naming it) unless --overwrite is given; the project file itself never is replaced.

Options:
  --project FILE   the project file (required; never created by backup)
  --out FILE       the copy to write
  --overwrite      replace what is already at --out
  -h, --help       show this help`,
  serve: `Usage: gleaner serve [--project FILE] [--port N]

Options:
  --project FILE   the project file (default: the last project, or a new default one)
  --port N         the port (default 5178; 0 picks a free one)
  -h, --help       show this help`,
};

/** Exit codes scripts can rely on. */
export const exitCodes = { ok: 0, failure: 1, usage: 2, partial: 3, interrupted: 130 } as const;

class UsageError extends Error {}

/**
 * Runs a command that writes the user's --out path, turning the API's refusal to replace an
 * existing file (which asks a window to confirm) into the command line's way to confirm.
 */
async function refusingToReplace<T>(out: string, write: () => Promise<T>): Promise<T> {
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

/** Runs node's parseArgs, turning its complaints (unknown option, missing value) into usage errors. */
function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const commonOptions = {
  help: { type: 'boolean', short: 'h' },
  project: { type: 'string' },
} as const;

/** A command's arguments: its own options, plus --help and --project, which every command takes. */
function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  { positionals = false } = {},
) {
  return parseOrUsage(() =>
    parseArgs({ args, allowPositionals: positionals, options: { ...commonOptions, ...options } }),
  );
}

// Export, check, backup and serve load their modules (the Excel and Parquet writers, the web
// server) only when run: an import, a usage error or --help then starts in about 1 s, not 1.6 s.
const projectCommands = () => import('./project-commands');

async function run(command: string, rest: string[]): Promise<number> {
  switch (command) {
    case 'import': {
      const { values, positionals } = parseCommand(
        rest,
        {
          'max-mb': { type: 'string' },
          'text-column': { type: 'string' },
          'title-column': { type: 'string' },
          'metadata-columns': { type: 'string' },
          encoding: { type: 'string' },
        },
        { positionals: true },
      );
      if (values.help) return help('import');
      if (!values.project) throw new UsageError('import needs --project FILE');
      if (positionals.length === 0)
        throw new UsageError('import needs at least one file or folder to import');
      const maxMb = values['max-mb'] === undefined ? 20 : Number(values['max-mb']);
      if (!(maxMb > 0))
        throw new UsageError(`--max-mb must be a positive number, not "${values['max-mb']}"`);
      const report = await importCommand({
        project: values.project,
        paths: positionals,
        maxBytes: Math.round(maxMb * 1024 * 1024),
        actor: os.userInfo().username || 'cli',
        columnMapping: columnMappingOption(values),
        encoding: encodingOption(values.encoding),
      });
      for (const line of formatImportSummary(report)) console.log(line);
      if (report.cancelled) return exitCodes.interrupted;
      return report.skipped.length > 0 ? exitCodes.partial : exitCodes.ok;
    }
    case 'export': {
      const { values } = parseCommand(rest, {
        format: { type: 'string' },
        out: { type: 'string' },
        status: { type: 'string', default: 'approved' },
        'include-rejected': { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        assignee: { type: 'string' },
        search: { type: 'string' },
        overwrite: { type: 'boolean', default: false },
      });
      if (values.help) return help('export');
      if (!values.project) throw new UsageError('export needs --project FILE');
      if (!values.format)
        throw new UsageError('export needs --format (jsonl, csv, csv-long, xlsx or parquet)');
      if (!values.out) throw new UsageError('export needs --out PATH');
      const { isFileFormat } = await import('../export/export-formats');
      if (!isFileFormat(values.format) && values.format !== 'dataset') {
        throw new UsageError(
          `--format must be jsonl, csv, csv-long, xlsx, parquet or dataset, not "${values.format}"`,
        );
      }
      const status = values.status;
      if (status !== 'approved' && status !== 'submitted' && status !== 'any') {
        throw new UsageError(`--status must be approved, submitted or any, not "${status}"`);
      }
      const named = resolveExportNames(values.project, {
        assignee: values.assignee,
        search: values.search,
      });
      const { exportCommand } = await projectCommands();
      const { project, format, out } = values;
      const result = await refusingToReplace(out, () =>
        exportCommand({
          project,
          format,
          out,
          filter: { status, updatedFrom: values.from, updatedTo: values.to, ...named },
          includeRejected: values['include-rejected'],
          overwrite: values.overwrite,
          actor: os.userInfo().username || 'cli',
        }),
      );
      if (result.cancelled) {
        console.error('gleaner: export cancelled; no file was written');
        return exitCodes.interrupted;
      }
      console.log(
        `Exported ${result.articles} articles (${result.values} values) to ${printable(result.path)}`,
      );
      console.log(`sha256 ${result.sha256}`);
      return exitCodes.ok;
    }
    case 'accept': {
      const { values } = parseCommand(rest, {
        field: { type: 'string', multiple: true },
        'min-confidence': { type: 'string' },
        rule: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      });
      if (values.help) return help('accept');
      if (!values.project) throw new UsageError('accept needs --project FILE');
      const raw = values['min-confidence'];
      const minConfidence = raw === undefined ? undefined : Number(raw);
      if (
        minConfidence !== undefined &&
        !(raw!.trim() !== '' && minConfidence >= 0 && minConfidence <= 1)
      )
        throw new UsageError(`--min-confidence must be a number from 0 to 1, not "${raw}"`);
      const { acceptCommand } = await projectCommands();
      const dryRun = values['dry-run'];
      let report;
      try {
        report = acceptCommand({
          project: values.project,
          filter: { fields: values.field, minConfidence, rule: values.rule },
          dryRun,
          actor: os.userInfo().username || 'cli',
        });
      } catch (error) {
        // An unknown field is a mistyped option.
        if (error instanceof ApiError && error.code === 'invalid-input')
          throw new UsageError(`--field: ${error.message}`);
        throw error;
      }
      const fields = Object.entries(report.byField)
        .map(([key, n]) => `${key} ${n}`)
        .join(', ');
      console.log(
        `${dryRun ? 'Would accept' : 'Accepted'} ${report.accepted} suggested values in ${report.articles} articles${fields ? ` (${fields})` : ''}.`,
      );
      if (report.skippedApproved > 0)
        console.log(`Left ${report.skippedApproved} matching values of approved articles alone.`);
      return exitCodes.ok;
    }
    case 'check': {
      const { values } = parseCommand(rest, { 'audit-head': { type: 'string' } });
      if (values.help) return help('check');
      if (!values.project) throw new UsageError('check needs --project FILE');
      const notedAuditHead = parseAuditHead(values['audit-head']);
      const { checkCommand } = await projectCommands();
      const report = checkCommand({ project: values.project, notedAuditHead });
      console.log(
        `Checked ${report.documents} documents, ${report.articles} articles, ${report.spans} spans${report.audit ? `, ${report.audit.rows} audit rows` : ''}.`,
      );
      if (report.audit?.head)
        console.log(
          `Audit chain head: ${report.audit.head.rowId}:${report.audit.head.hash} (give it to a later check as --audit-head to find rows cut off since)`,
        );
      for (const note of report.notes) console.log(`note: ${note}`);
      for (const problem of report.problems)
        console.log(`problem (${problem.kind}): ${printable(problem.message)}`);
      if (report.problems.length > 0) {
        console.error(
          `gleaner: ${report.problems.length} problem(s) found in ${printable(values.project)}`,
        );
        return exitCodes.failure;
      }
      console.log('No problems found.');
      return exitCodes.ok;
    }
    case 'backup': {
      const { values } = parseCommand(rest, {
        out: { type: 'string' },
        overwrite: { type: 'boolean', default: false },
      });
      if (values.help) return help('backup');
      if (!values.project) throw new UsageError('backup needs --project FILE');
      if (!values.out) throw new UsageError('backup needs --out FILE');
      const { backupCommand } = await projectCommands();
      const out = values.out;
      const result = await refusingToReplace(out, () =>
        backupCommand({ project: values.project!, out, overwrite: values.overwrite }),
      );
      console.log(
        `Backed up ${printable(values.project)} to ${printable(result.path)} (${result.bytes} bytes)`,
      );
      return exitCodes.ok;
    }
    case 'serve': {
      const { values } = parseCommand(rest, {
        port: { type: 'string', default: '5178' },
      });
      if (values.help) return help('serve');
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
      }
      const { serveCommand } = await import('./serve-command');
      await serveCommand({ project: values.project, port });
      return exitCodes.ok;
    }
    case 'package':
      return (await import('./package-command')).packageCommand(rest);
    default:
      throw new UsageError(`unknown command "${command}". Run "gleaner --help" for the list.`);
  }
}

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

/**
 * Turns --assignee and --search names into ids (names are what a user sees in the app). An
 * unknown name is a usage error, like any other wrong option.
 */
function resolveExportNames(
  projectPath: string,
  names: { assignee?: string | undefined; search?: string | undefined },
): { assigneeId?: number; savedSearchId?: number } {
  if (names.assignee === undefined && names.search === undefined) return {};
  const project = Project.open(projectPath, { mustExist: true });
  try {
    const ids: { assigneeId?: number; savedSearchId?: number } = {};
    if (names.assignee !== undefined) {
      const row = project.db
        .prepare('SELECT id FROM profiles WHERE name = ?')
        .get(names.assignee.trim()) as { id: number } | undefined;
      if (!row) throw new UsageError(`--assignee: there is no profile named "${names.assignee}"`);
      ids.assigneeId = row.id;
    }
    if (names.search !== undefined) {
      try {
        ids.savedSearchId = savedSearchNamed(project.db, names.search).id;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not-found')
          throw new UsageError(`--search: there is no saved search named "${names.search}"`);
        throw error;
      }
    }
    return ids;
  } finally {
    project.close();
  }
}

/** `--audit-head 123:<64 hex digits>`, as `gleaner check` prints the head. */
function parseAuditHead(value: string | undefined): { rowId: number; hash: string } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+):([0-9a-fA-F]{64})$/.exec(value.trim());
  if (!match)
    throw new UsageError(
      `--audit-head: expected ROW:SHA256 as gleaner check prints it (e.g. 120:3f9a…, 64 hex digits), got "${value}"`,
    );
  return { rowId: Number(match[1]), hash: match[2]!.toLowerCase() };
}

function help(topic: keyof typeof usages): number {
  console.log(usages[topic]);
  return exitCodes.ok;
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command) {
    console.error(usages.main);
    return exitCodes.usage;
  }
  if (command === '--help' || command === '-h' || command === 'help') return help('main');
  try {
    return await run(command, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`gleaner: ${printable(error.message)}`);
      return exitCodes.usage;
    }
    // One clear line, never a stack trace, for errors a user can act on.
    console.error(
      `gleaner: ${printable(error instanceof ApiError ? error.message : (error as Error).message)}`,
    );
    return exitCodes.failure;
  }
}

export async function main(): Promise<void> {
  ignoreClosedOutput();
  const code = await runCli(process.argv.slice(2));
  if (code !== exitCodes.ok) process.exitCode = code;
}
