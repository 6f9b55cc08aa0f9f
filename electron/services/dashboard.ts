import type { MethodOutput } from '../../shared/contract/contract';
import { articleStatuses, type ArticleStatus } from '../../shared/contract/domain';
import type { ProjectDatabase } from '../database/open-project';
import { statement } from '../database/statement-cache';

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
  const rows = statement(
    db,
    'SELECT status, count(*) AS n FROM articles GROUP BY status',
  ).all() as {
    status: ArticleStatus;
    n: number;
  }[];
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/**
 * Workflow transitions since `since`, read from the audit log through its `at` index: the chart
 * of progress and each person's throughput come from what actually happened, not from statuses
 * that later moved on (an article approved and reopened still counts as approved that day).
 */
function transitionsSince(
  db: ProjectDatabase,
  since: string,
): { day: string; actor: string; status: string; n: number }[] {
  return statement(
    db,
    `SELECT substr(at, 1, 10) AS day, actor, json_extract(after, '$.status') AS status, count(*) AS n
     FROM audit
     WHERE at >= ? AND entity = 'article' AND action = 'transition'
       AND json_extract(after, '$.status') IN ('submitted', 'approved')
     GROUP BY day, actor, status`,
  ).all(since) as { day: string; actor: string; status: string; n: number }[];
}

/** Changes to values (edits, additions, removals, spans, accept/reject) per person since `since`. */
function valueChangesSince(db: ProjectDatabase, since: string): { actor: string; n: number }[] {
  return statement(
    db,
    // The window's rows through the `at` index; by entity SQLite would read every value row
    // ever recorded, however old.
    `SELECT actor, count(*) AS n FROM audit INDEXED BY audit_at
     WHERE at >= ? AND (entity = 'value' OR (entity = 'article' AND action = 'reorder'))
     GROUP BY actor`,
  ).all(since) as { actor: string; n: number }[];
}

/**
 * Whether value `v` now differs from what extraction suggested. The first edit recorded the
 * suggested value and text, the first content change the suggested spans (as review-diff reads
 * them); an edit undone (values.revert) leaves the value as suggested, so it is not counted.
 */
const differsFromSuggestion = `
  coalesce((SELECT (e.before -> '$.value') IS NOT json(v.value) OR (e.before ->> '$.raw') IS NOT v.raw
            FROM audit e WHERE e.entity = 'value' AND e.entity_id = v.id AND e.action = 'edit'
            ORDER BY e.id LIMIT 1), 0)
  OR coalesce((SELECT (c.before -> '$.spans') IS NOT (
              SELECT json_group_array(json_object('start', s.start, 'end', s.end, 'text', s.text))
              FROM (SELECT start, end, text FROM value_spans WHERE value_id = v.id ORDER BY start, end) s)
            FROM audit c WHERE c.entity = 'value' AND c.entity_id = v.id
              AND c.action IN ('edit', 'attach-span', 'detach-span')
            ORDER BY c.id LIMIT 1), 0)`;

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
  const counts = statement(
    db,
    'SELECT extractor, state, n FROM extractor_outcome_counts WHERE n > 0',
  ).all() as { extractor: string; state: string; n: number }[];
  const changed = statement(
    db,
    `SELECT coalesce(v.extractor, 'unknown') AS extractor, v.state, count(*) AS n
     FROM field_values v
     WHERE v.id IN (SELECT entity_id FROM audit INDEXED BY audit_value_content_changes
                    WHERE entity = 'value' AND action IN ('edit', 'attach-span', 'detach-span'))
       AND v.origin = 'extracted' AND v.state NOT IN ('rejected', 'edited')
       AND (${differsFromSuggestion})
     GROUP BY 1, 2`,
  ).all() as { extractor: string; state: string; n: number }[];
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
