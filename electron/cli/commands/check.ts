import {
  exitCodes,
  parseCommand,
  printUsage,
  projectCommands,
  UsageError,
  type CliCommand,
} from '../command';
import { printable } from '../printable';

const usage = `Usage: gleaner check --project FILE [--audit-head ROW:SHA256]

Checks SQLite's integrity, that every document's text matches its hash, that every article
range lies inside its document, that every value's span text is exactly the document's
text at its offsets, and that the audit log's hash chain is whole (naming the first row
changed, removed or inserted outside Gleaner; note the printed head to detect a cut-off tail),
and lists articles extraction never ran over (an interrupted import). The temporary files
and staging folders exports and backups killed midway left beside their outputs (wherever
those are) are removed; any that cannot be is named.
The file is opened read-only; a damaged one gets what is wrong with it (not SQLite, truncated,
SQLite's integrity_check findings). Exit code 0 when all is well, 1 when problems are found.

Options:
  --project FILE             the project file
  --audit-head ROW:SHA256    the audit chain head an earlier check printed: the chain must
                             still pass through it (finds newest rows removed since)
  -h, --help                 show this help`;

/** `gleaner check`: the read-only file check of services/check-project-file.ts, printed. */
export const checkCli: CliCommand = {
  name: 'check',
  summary: 'Check a project file: SQLite integrity, document hashes, span offsets, audit chain',
  async run(args) {
    const { values } = parseCommand(args, { 'audit-head': { type: 'string' } });
    if (values.help) return printUsage(usage);
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
    for (const removed of report.removedPartials ?? [])
      console.log(
        `removed: ${printable(removed)} (the temporary file of an export or backup that did not finish)`,
      );
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
  },
};

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
