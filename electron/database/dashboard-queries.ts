import type { ArticleStatus } from '../../shared/contract/domain';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** The dashboard's aggregates (services/dashboard.ts shapes them). */

const statusCounts = prepare<[], { status: ArticleStatus; n: number }>(
  'SELECT status, count(*) AS n FROM articles GROUP BY status',
);

/** How many articles are in each status (statuses with none are absent). */
export function articleCountsByStatus(db: ProjectDatabase): { status: ArticleStatus; n: number }[] {
  return statusCounts.all(db);
}

export interface TransitionCount {
  day: string;
  actor: string;
  status: string;
  n: number;
}

const transitions = prepare<[since: string], TransitionCount>(
  `SELECT substr(at, 1, 10) AS day, actor, json_extract(after, '$.status') AS status, count(*) AS n
   FROM audit
   WHERE at >= ? AND entity = 'article' AND action = 'transition'
     AND json_extract(after, '$.status') IN ('submitted', 'approved')
   GROUP BY day, actor, status`,
);

/**
 * Workflow transitions since `since`, read from the audit log through its `at` index: the chart
 * of progress and each person's throughput come from what actually happened, not from statuses
 * that later moved on (an article approved and reopened still counts as approved that day).
 */
export function transitionsSince(db: ProjectDatabase, since: string): TransitionCount[] {
  return transitions.all(db, since);
}

const valueChanges = prepare<[since: string], { actor: string; n: number }>(
  // The window's rows through the `at` index; by entity SQLite would read every value row
  // ever recorded, however old.
  `SELECT actor, count(*) AS n FROM audit INDEXED BY audit_at
   WHERE at >= ? AND (entity = 'value' OR (entity = 'article' AND action = 'reorder'))
   GROUP BY actor`,
);

/** Changes to values (edits, additions, removals, spans, accept/reject) per person since `since`. */
export function valueChangesSince(
  db: ProjectDatabase,
  since: string,
): { actor: string; n: number }[] {
  return valueChanges.all(db, since);
}

export interface ExtractorStateCount {
  extractor: string;
  state: string;
  n: number;
}

const outcomeCounts = prepare<[], ExtractorStateCount>(
  'SELECT extractor, state, n FROM extractor_outcome_counts WHERE n > 0',
);

/** Values per extraction rule and state, kept by triggers (migration 12). */
export function extractorStateCounts(db: ProjectDatabase): ExtractorStateCount[] {
  return outcomeCounts.all(db);
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

const changedSuggestions = prepare<[], ExtractorStateCount>(
  `SELECT coalesce(v.extractor, 'unknown') AS extractor, v.state, count(*) AS n
   FROM field_values v
   WHERE v.id IN (SELECT entity_id FROM audit INDEXED BY audit_value_content_changes
                  WHERE entity = 'value' AND action IN ('edit', 'attach-span', 'detach-span'))
     AND v.origin = 'extracted' AND v.state NOT IN ('rejected', 'edited')
     AND (${differsFromSuggestion})
   GROUP BY 1, 2`,
);

/**
 * Extracted values, per rule and state, accepted or pending but no longer what the rule
 * suggested. Only the values whose content a curator changed are looked up, through the partial
 * index of those audit rows, so the cost follows the number of edits, not the number of values.
 */
export function changedSuggestionCounts(db: ProjectDatabase): ExtractorStateCount[] {
  return changedSuggestions.all(db);
}
