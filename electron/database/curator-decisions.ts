import { canonicalJson } from '../../shared/extraction';
import type { CodePointRange } from '../../shared/text/codepoints';
import type { AuditRow } from './audit-row';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';
import { valueKeyOf } from './values-repository';

/**
 * Everything a curator ever decided about one field of an article: the values (canonical JSON)
 * and source spans of every value they accepted, edited, added, rejected or removed, as the
 * value is now and as the audit log recorded it before and after each change.
 */
export interface FieldDecisions {
  valueKeys: Set<string>;
  spans: CodePointRange[];
}

export interface CuratorDecisions {
  byField: Map<string, FieldDecisions>;
  /**
   * Values still in state 'suggested' that a curator has acted on (an accept or edit undone, a
   * span attached): extraction keeps them as they are instead of replacing them.
   */
  keptSuggestionIds: number[];
}

interface CurrentValue {
  id: number;
  fieldKey: string;
  value: string;
  valueKey: string;
  state: string;
}

type AuditedChange = Pick<AuditRow, 'before' | 'after'> & { valueId: number };

/** The parts of a value's audit JSON this reads; every write records some of them. */
interface RecordedValue {
  value?: unknown;
  field?: string;
  spans?: { start: number; end: number }[];
}

function parseRecorded(json: string | null): RecordedValue | null {
  if (json === null) return null;
  const parsed = JSON.parse(json) as unknown;
  return typeof parsed === 'object' && parsed !== null ? (parsed as RecordedValue) : null;
}

/**
 * The audit rows of an article's values: three indexed lookups (the ids of its values now, and the
 * article named in after/before, migration 7), so a removed value or one moved here is found.
 */
export const valueHistorySql = `
  SELECT id, entity_id AS valueId, before, after FROM audit
   WHERE entity = 'value' AND entity_id IN (SELECT id FROM field_values WHERE article_id = @article)
  UNION
  SELECT id, entity_id, before, after FROM audit
   WHERE json_extract(after, '$.article') = @article AND entity = 'value'
  UNION
  SELECT id, entity_id, before, after FROM audit
   WHERE json_extract(before, '$.article') = @article AND entity = 'value'`;

const decisionQueries = {
  current: prepare<[articleId: number], CurrentValue>(
    'SELECT id, field_key AS fieldKey, value, value_key AS valueKey, state FROM field_values WHERE article_id = ?',
  ),
  history: prepare<[{ article: number }], AuditedChange>(valueHistorySql),
  spans: prepare<[valueId: number], CodePointRange>(
    'SELECT start, end FROM value_spans WHERE value_id = ?',
  ),
  movedAway: prepare<[valueIdsJson: string, articleId: number], { id: number }>(
    'SELECT id FROM field_values WHERE id IN (SELECT value FROM json_each(?)) AND article_id <> ?',
  ),
};

/**
 * Reads the curator's decisions on an article's values, current and past. A value is the
 * curator's when its state is not 'suggested' or when the audit log holds any change to it
 * (value rows are only written by a person's action); removed values are found through the
 * article their last audit row names, values moved here from another article through their ids,
 * and values moved from here to another article count there, not here.
 */
export function curatorDecisionsOf(
  db: ProjectDatabase,
  articleId: number,
  /** hasValues false: the article was stored in this very transaction (its values are none). */
  options: { hasValues?: boolean } = {},
): CuratorDecisions {
  const current = options.hasValues === false ? [] : decisionQueries.current.all(db, articleId);
  const changes = decisionQueries.history.all(db, { article: articleId });

  const byField = new Map<string, FieldDecisions>();
  const decisionsOf = (field: string): FieldDecisions => {
    let decisions = byField.get(field);
    if (!decisions) {
      decisions = { valueKeys: new Set(), spans: [] };
      byField.set(field, decisions);
    }
    return decisions;
  };

  const currentById = new Map(current.map((v) => [v.id, v]));
  const audited = new Set(changes.map((c) => c.valueId));
  const keptSuggestionIds: number[] = [];
  for (const value of current) {
    if (value.state === 'suggested' && !audited.has(value.id)) continue;
    if (value.state === 'suggested') keptSuggestionIds.push(value.id);
    const decisions = decisionsOf(value.fieldKey);
    decisions.valueKeys.add(valueKeyOf(value));
    decisions.spans.push(...decisionQueries.spans.all(db, value.id));
  }
  // A value that has since moved to another article (a merge or move) is that article's.
  const gone = [...audited].filter((id) => !currentById.has(id));
  const elsewhere = new Set(
    gone.length === 0
      ? []
      : decisionQueries.movedAway.all(db, JSON.stringify(gone), articleId).map((row) => row.id),
  );
  for (const change of changes) {
    if (elsewhere.has(change.valueId)) continue;
    const before = parseRecorded(change.before);
    const after = parseRecorded(change.after);
    const field = currentById.get(change.valueId)?.fieldKey ?? after?.field ?? before?.field;
    if (field === undefined) continue;
    const decisions = decisionsOf(field);
    for (const recorded of [before, after]) {
      if (!recorded) continue;
      if (recorded.value !== undefined) decisions.valueKeys.add(canonicalJson(recorded.value));
      for (const span of recorded.spans ?? [])
        decisions.spans.push({ start: span.start, end: span.end });
    }
  }
  return { byField, keptSuggestionIds };
}

/**
 * Whether a suggestion repeats a curator's decision on the same field: the same normalised
 * value, or a source span that overlaps one of theirs (the same words read again, whatever value
 * extraction now makes of them).
 */
export function repeatsDecision(
  decisions: CuratorDecisions,
  suggestion: { field: string; valueKey: string; spans: readonly CodePointRange[] },
): boolean {
  const field = decisions.byField.get(suggestion.field);
  if (!field) return false;
  if (field.valueKeys.has(suggestion.valueKey)) return true;
  return suggestion.spans.some((s) => field.spans.some((d) => s.start < d.end && d.start < s.end));
}
