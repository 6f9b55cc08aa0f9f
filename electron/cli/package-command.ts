import os from 'node:os';
import { parseArgs } from 'node:util';
import type { ArticleFilter } from '../../shared/contract/articles';
import { ApiError } from '../../shared/contract/errors';
import { profileIdNamed } from '../database/packages-repository';
import { packageAgreement, type AgreementReport } from '../packages/agreement';
import { createWorkPackage, type PackageSelection } from '../packages/create-package';
import type { MergeConflict, ConflictSide } from '../packages/merge-plan';
import { mergeWorkPackage } from '../packages/merge-package';
import { Project } from '../services/project';
import { savedSearchNamed } from '../services/saved-searches';
import { printable } from './printable';
import { outName, summaryPrinter, writeToOut } from './standard-output';

export const packageUsage = `Usage: gleaner package create --project FILE --out PACKAGE [--overwrite]
                      [--search NAME] [--assignee NAME] [--status S] [--articles ID,ID…]
       gleaner package merge --project FILE PACKAGE [--prefer package|main]
       gleaner package agreement PACKAGE PACKAGE

create  writes a work package: a project file holding the chosen articles (every article of
        their pages) with their values, spans, states, comments and history, stamped with
        this project's id and the revision of every row, for a curator to work in offline.
        Articles are chosen by a saved search, an assignee, a status (combined), or a list.
merge   applies the work done in a package since it was made, with its authors and times
        (audit rows marked as merged). A value, article state or page segmentation changed
        both here and in the package is a conflict: they are listed, nothing is changed, and
        the exit code is 3, unless --prefer says which side wins every conflict. Merging a
        package twice changes nothing; a package made from another project is refused.
agreement  compares two packages of the same articles (double annotation) before merging:
        per field, F1 of the values each curator kept (same value, exactly the same spans),
        and Cohen's kappa of their accept/reject decisions on the same suggestions.

Options:
  --project FILE      the project file (required; never created)
  --out PACKAGE       the package file to write (create; - for standard output); an
                      existing one is refused unless --overwrite
  --search NAME       only articles this saved search selects
  --assignee NAME     only articles assigned to this profile
  --status S          only articles in this status (new, in_progress, submitted, approved,
                      changes_requested)
  --articles IDS      exactly these articles (comma-separated ids)
  --prefer SIDE       package or main: how every conflict is decided
  -h, --help          show this help`;

const codes = { ok: 0, failure: 1, usage: 2, conflicts: 3 } as const;
const statuses = ['new', 'in_progress', 'submitted', 'approved', 'changes_requested'] as const;

class PackageUsageError extends Error {}

/** `gleaner package …`: returns the exit code; usage errors are printed here (exit 2). */
export async function packageCommand(args: string[]): Promise<number> {
  try {
    return await run(args);
  } catch (error) {
    if (!(error instanceof PackageUsageError)) throw error;
    console.error(`gleaner: ${printable(error.message)}`);
    return codes.usage;
  }
}

async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    console.log(packageUsage);
    return sub === undefined ? codes.usage : codes.ok;
  }
  const { values, positionals } = parseOptions(rest);
  if (values.help) {
    console.log(packageUsage);
    return codes.ok;
  }
  if (sub === 'agreement') {
    if (positionals.length !== 2)
      throw new PackageUsageError('package agreement needs exactly two PACKAGE files');
    for (const line of agreementLines(packageAgreement(positionals[0]!, positionals[1]!)))
      console.log(printable(line));
    return codes.ok;
  }
  if (sub !== 'create' && sub !== 'merge')
    throw new PackageUsageError(
      `package: unknown subcommand "${sub}" (create, merge or agreement)`,
    );
  if (!values.project) throw new PackageUsageError(`package ${sub} needs --project FILE`);
  const actor = os.userInfo().username || 'cli';
  const project = Project.open(values.project, { mustExist: true });
  try {
    return sub === 'create'
      ? await runCreate(project, values, positionals, actor)
      : runMerge(project, values, positionals, actor);
  } finally {
    project.close();
  }
}

type PackageOptions = ReturnType<typeof parseOptions>;

function parseOptions(rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        project: { type: 'string' },
        out: { type: 'string' },
        overwrite: { type: 'boolean', default: false },
        search: { type: 'string' },
        assignee: { type: 'string' },
        status: { type: 'string' },
        articles: { type: 'string' },
        prefer: { type: 'string' },
      },
    });
  } catch (error) {
    throw new PackageUsageError((error as Error).message);
  }
}

async function runCreate(
  project: Project,
  values: PackageOptions['values'],
  positionals: string[],
  actor: string,
): Promise<number> {
  if (positionals.length > 0)
    throw new PackageUsageError(`package create takes no file names (got "${positionals[0]}")`);
  if (!values.out) throw new PackageUsageError('package create needs --out PACKAGE');
  const selection = selectionOf(project, values);
  const { out, overwrite } = values;
  const created = await writeToOut(out, 'package.gleaner', (target) =>
    createWorkPackage(project.db, { selection, out: target, overwrite, actor }),
  );
  summaryPrinter(out)(
    `Wrote work package ${created.packageId} to ${printable(outName(out, created.path))}: ${created.articles} articles on ${created.documents} pages, ${created.values} values, ${created.auditRows} history rows.`,
  );
  return codes.ok;
}

function runMerge(
  project: Project,
  values: PackageOptions['values'],
  positionals: string[],
  actor: string,
): number {
  if (positionals.length !== 1)
    throw new PackageUsageError('package merge needs exactly one PACKAGE file');
  const prefer = values.prefer;
  if (prefer !== undefined && prefer !== 'package' && prefer !== 'main')
    throw new PackageUsageError(`--prefer must be package or main, not "${prefer}"`);
  const result = mergeWorkPackage(project.db, {
    file: positionals[0]!,
    actor,
    resolutions: { prefer },
  });
  if (result.status === 'already-merged') {
    console.log(
      `Work package ${result.packageId} was already merged (${result.mergedAt}); nothing changed.`,
    );
    return codes.ok;
  }
  if (result.status === 'conflicts') {
    for (const line of conflictLines(result.conflicts)) console.log(printable(line));
    console.error(
      `gleaner: ${result.conflicts.length} conflict(s); nothing was merged. Decide them in the app, or run again with --prefer package or --prefer main.`,
    );
    return codes.conflicts;
  }
  const s = result.summary;
  console.log(
    `Merged work package ${result.packageId}: ${s.values} values changed, ${s.added} added, ${s.removed} removed, ${s.states} article states, ${s.segmentation} pages resegmented, ${s.comments} comments, ${s.resolved} conflicts decided; ${s.auditRows} audit rows appended.`,
  );
  for (const note of result.notes) console.log(`note: ${printable(note)}`);
  return codes.ok;
}

function selectionOf(
  project: Project,
  values: { search?: string; assignee?: string; status?: string; articles?: string },
): PackageSelection {
  if (values.articles !== undefined) {
    // Decimal digits only: Number() read "0x1" as article 1 and "1e3" as article 1000, and an
    // id past 2^53 reached SQLite as a float ("datatype mismatch", naming nothing).
    const parts = values.articles.split(',').map((s) => s.trim());
    const ids = parts.map(Number);
    if (
      parts.some((part) => !/^[1-9][0-9]*$/u.test(part)) ||
      ids.some((id) => !Number.isSafeInteger(id))
    )
      throw new PackageUsageError(
        `--articles must be article ids separated by commas, not "${values.articles}"`,
      );
    if (values.search !== undefined || values.assignee !== undefined || values.status !== undefined)
      throw new PackageUsageError(
        '--articles cannot be combined with --search, --assignee or --status',
      );
    return { articleIds: ids };
  }
  const filter: ArticleFilter = {};
  if (values.status !== undefined) {
    if (!(statuses as readonly string[]).includes(values.status))
      throw new PackageUsageError(
        `--status must be one of ${statuses.join(', ')}, not "${values.status}"`,
      );
    filter.status = values.status as ArticleFilter['status'];
  }
  if (values.assignee !== undefined) {
    const id = profileIdNamed(project.db, values.assignee.trim());
    if (id === null)
      throw new PackageUsageError(`--assignee: there is no profile named "${values.assignee}"`);
    filter.assigneeId = id;
  }
  let savedSearchId: number | undefined;
  if (values.search !== undefined) {
    try {
      savedSearchId = savedSearchNamed(project.db, values.search).id;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not-found')
        throw new PackageUsageError(`--search: there is no saved search named "${values.search}"`);
      throw error;
    }
  }
  return { filter, savedSearchId };
}

function sideLine(label: string, side: ConflictSide): string {
  const who = side.actor ? ` by ${side.actor}${side.at ? ` at ${side.at}` : ''}` : '';
  const spans = side.spans.map((s) => `${s.start}-${s.end} "${s.text}"`).join(', ');
  return `  ${label} ${side.summary ?? '(removed)'}${who}${spans ? `; spans ${spans}` : ''}`;
}

export function conflictLines(conflicts: readonly MergeConflict[]): string[] {
  return conflicts.flatMap((c) => [
    `conflict ${c.id}: ${c.kind}${c.field ? ` of field ${c.field}` : ''} on page ${c.documentId}`,
    sideLine('main:   ', c.main),
    sideLine('package:', c.package),
  ]);
}

const figure = (n: number | null) => (n === null ? '–' : n.toFixed(3));

export function agreementLines(report: AgreementReport): string[] {
  const [a, b] = report.curators;
  return [
    `${a} and ${b} on ${report.articles} shared articles: F1 ${figure(report.f1)}, Cohen's kappa ${figure(report.kappa)} over ${report.decisions} decisions`,
    ...report.fields.map(
      (f) => `  ${f.field}: F1 ${figure(f.f1)} (kept ${f.kept[0]} / ${f.kept[1]})`,
    ),
  ];
}
