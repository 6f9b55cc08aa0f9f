import { ApiError } from '../../../shared/contract/errors';
import { listProfiles } from '../../database/profiles-repository';
import { isExportDate } from '../../export/select-articles';
import { Project } from '../../services/project';
import { savedSearchNamed } from '../../services/saved-searches';
import {
  cliActor,
  exitCodes,
  parseCommand,
  printUsage,
  projectCommands,
  refusingToReplace,
  UsageError,
  type CliCommand,
} from '../command';
import { printable } from '../printable';
import { isStdout, outName, summaryPrinter, writeToOut } from '../standard-output';

const usage = `Usage: gleaner export --project FILE --format FORMAT --out PATH [--overwrite]
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
                        - writes the file to standard output (the summary then goes to stderr)
                        An existing one is refused (exit 1, naming it) unless --overwrite
  --overwrite           replace what is already at --out
  --status S            approved (default), submitted or any
  --include-rejected    also export values a curator rejected
  --from DATE, --to DATE  only articles last changed in this range (ISO dates, UTC)
  --assignee NAME       only articles assigned to this profile (its name as in the app)
  --search NAME         only articles this saved search selects (with --status too:
                        add --status any to take the saved search's own status)
  -h, --help            show this help`;

/** `gleaner export`: the work is in project-commands.ts (loaded only when run). */
export const exportCli: CliCommand = {
  name: 'export',
  summary: 'Export curated articles (JSONL, CSV, Excel, Parquet) with their provenance',
  async run(args) {
    const { values } = parseCommand(args, {
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
    if (values.help) return printUsage(usage);
    if (!values.project) throw new UsageError('export needs --project FILE');
    if (!values.format)
      throw new UsageError('export needs --format (jsonl, csv, csv-long, xlsx or parquet)');
    if (!values.out) throw new UsageError('export needs --out PATH');
    const { isFileFormat } = await import('../../export/export-formats');
    if (!isFileFormat(values.format) && values.format !== 'dataset') {
      throw new UsageError(
        `--format must be jsonl, csv, csv-long, xlsx, parquet or dataset, not "${values.format}"`,
      );
    }
    if (values.format === 'dataset' && isStdout(values.out))
      throw new UsageError('--out - (standard output) takes one file, and a dataset is a folder');
    for (const option of ['from', 'to'] as const) {
      const date = values[option];
      if (date !== undefined && !isExportDate(date))
        throw new UsageError(`--${option} must be a date such as 2026-01-31, not "${date}"`);
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
      writeToOut(out, `export.${format}`, (target) =>
        exportCommand({
          project,
          format,
          out: target,
          filter: { status, updatedFrom: values.from, updatedTo: values.to, ...named },
          includeRejected: values['include-rejected'],
          overwrite: values.overwrite,
          actor: cliActor(),
        }),
      ),
    );
    if (result.cancelled) {
      console.error('gleaner: export cancelled; no file was written');
      return exitCodes.interrupted;
    }
    const summary = summaryPrinter(out);
    summary(
      `Exported ${result.articles} articles (${result.values} values) to ${printable(outName(out, result.path))}`,
    );
    summary(`sha256 ${result.sha256}`);
    // The file is whole: a record the project could not take is a warning, not a failure.
    if (result.notRecorded) {
      const { exportNotRecordedText } = await import('../../export/export-service');
      console.error(
        `gleaner: the export is complete, but it was not recorded in the project's list of exports: ${exportNotRecordedText[result.notRecorded]}`,
      );
    }
    return exitCodes.ok;
  },
};

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
      const wanted = names.assignee.trim();
      // A project has a handful of profiles: reading them all is cheaper than one more query.
      const profile = listProfiles(project.db).find((p) => p.name === wanted);
      if (!profile)
        throw new UsageError(`--assignee: there is no profile named "${names.assignee}"`);
      ids.assigneeId = profile.id;
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
