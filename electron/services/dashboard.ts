import type { MethodOutput } from '../../shared/contract/contract';
import { articleStatuses, type ArticleStatus } from '../../shared/contract/domain';
import {
  articleCountsByStatus,
  changedSuggestionCounts,
  extractorStateCounts,
  transitionsSince,
  valueChangesSince,
} from '../database/dashboard-queries';
import type { ProjectDatabase } from '../database/open-project';

type DashboardStats = MethodOutput<'dashboard.stats'>;

const DAY_MS = 86_400_000;

/** The UTC days from `days - 1` days ago to today, as YYYY-MM-DD. */
export function lastDays(days: number, now = new Date()): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}

function byStatus(db: ProjectDatabase): Record<ArticleStatus, number> {
  const counts = Object.fromEntries(articleStatuses.map((s) => [s, 0])) as Record<
    ArticleStatus,
    number
  >;
  for (const row of articleCountsByStatus(db)) counts[row.status] = row.n;
  return counts;
}

/**
 * What became of each extraction rule's suggestions. An accepted value that a curator had
 * edited before accepting counts as edited: the rule's suggestion was not right as it stood (an
 * edit undone since does not count).
 *
 * The counts per rule and state are kept by triggers (migration 12); only the values whose
 * content a curator changed are looked up, through the partial index of those audit rows, so
 * the cost follows the number of edits, not the number of values.
 */
function extractorOutcomes(db: ProjectDatabase): DashboardStats['extractors'] {
  const counts = extractorStateCounts(db);
  const changed = changedSuggestionCounts(db);
  const outcomes = new Map<string, DashboardStats['extractors'][number]>();
  const of = (extractor: string) => {
    let entry = outcomes.get(extractor);
    if (!entry) {
      entry = { extractor, suggestions: 0, accepted: 0, edited: 0, rejected: 0, pending: 0 };
      outcomes.set(extractor, entry);
    }
    return entry;
  };
  const outcomeOf = (state: string) =>
    state === 'rejected' || state === 'edited' || state === 'accepted' ? state : 'pending';
  for (const row of counts) {
    const entry = of(row.extractor);
    entry.suggestions += row.n;
    entry[outcomeOf(row.state)] += row.n;
  }
  // Accepted or still pending, but no longer what the rule suggested: edited.
  for (const row of changed) {
    const entry = of(row.extractor);
    entry[outcomeOf(row.state)] -= row.n;
    entry.edited += row.n;
  }
  return [...outcomes.values()].sort((a, b) =>
    a.extractor < b.extractor ? -1 : a.extractor > b.extractor ? 1 : 0,
  );
}

/**
 * The dashboard: articles by status now; per day over the last `days` days (UTC) how many
 * articles were submitted and approved; per person over the same days their value changes,
 * submissions and approvals; per extraction rule the fate of its suggestions (all time).
 */
export function dashboardStats(
  db: ProjectDatabase,
  input: { days: number },
  now = new Date(),
): DashboardStats {
  const days = lastDays(input.days, now);
  const since = `${days[0]!}T00:00:00.000Z`;
  const progress = new Map(days.map((day) => [day, { day, submitted: 0, approved: 0 }]));
  const curators = new Map<string, DashboardStats['curators'][number]>();
  const person = (actor: string): DashboardStats['curators'][number] => {
    let entry = curators.get(actor);
    if (!entry) {
      entry = { actor, edits: 0, submitted: 0, approved: 0 };
      curators.set(actor, entry);
    }
    return entry;
  };
  for (const row of transitionsSince(db, since)) {
    const key = row.status === 'approved' ? 'approved' : 'submitted';
    const day = progress.get(row.day);
    if (day) day[key] += row.n;
    person(row.actor)[key] += row.n;
  }
  for (const row of valueChangesSince(db, since)) person(row.actor).edits += row.n;
  return {
    byStatus: byStatus(db),
    progress: [...progress.values()],
    curators: [...curators.values()].sort(
      (a, b) =>
        b.edits + b.submitted + b.approved - (a.edits + a.submitted + a.approved) ||
        (a.actor < b.actor ? -1 : 1),
    ),
    extractors: extractorOutcomes(db),
  };
}
