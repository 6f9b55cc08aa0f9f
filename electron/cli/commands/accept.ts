import { ApiError } from '../../../shared/contract/errors';
import {
  cliActor,
  exitCodes,
  parseCommand,
  printUsage,
  projectCommands,
  UsageError,
  type CliCommand,
} from '../command';

const usage = `Usage: gleaner accept --project FILE [--field KEY]... [--min-confidence X]
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
  -h, --help            show this help`;

/** `gleaner accept`: bulk acceptance, the work in services/bulk-accept.ts. */
export const acceptCli: CliCommand = {
  name: 'accept',
  summary: 'Accept suggested values in bulk (by field, confidence, rule), audited',
  async run(args) {
    const { values } = parseCommand(args, {
      field: { type: 'string', multiple: true },
      'min-confidence': { type: 'string' },
      rule: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    });
    if (values.help) return printUsage(usage);
    if (!values.project) throw new UsageError('accept needs --project FILE');
    const minConfidence = minConfidenceOption(values['min-confidence']);
    const { acceptCommand } = await projectCommands();
    const dryRun = values['dry-run'];
    let report;
    try {
      report = acceptCommand({
        project: values.project,
        filter: { fields: values.field, minConfidence, rule: values.rule },
        dryRun,
        actor: cliActor(),
      });
    } catch (error) {
      // An unknown field is a mistyped option; a project that cannot be opened is not.
      if (error instanceof ApiError && error.reason?.key === 'fields-unknown')
        throw new UsageError(`--field: ${error.message}`);
      // The app's wording sends the user to its Fields… dialog; here the choice is the option.
      if (error instanceof ApiError && error.reason?.key === 'field-retired') {
        const key = String(error.reason.params?.fieldKey);
        throw new UsageError(
          `--field: the field "${key}" is retired: its values are kept but no longer accepted or edited (restore it in the app's Fields… to change them)`,
        );
      }
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
  },
};

/** --min-confidence: a number from 0 to 1, or undefined when not given. */
function minConfidenceOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const minConfidence = Number(raw);
  if (!(raw.trim() !== '' && minConfidence >= 0 && minConfidence <= 1))
    throw new UsageError(`--min-confidence must be a number from 0 to 1, not "${raw}"`);
  return minConfidence;
}
