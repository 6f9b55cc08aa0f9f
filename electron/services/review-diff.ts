import type { FieldValuePayload } from '../../shared/contract/domain';
import type { MethodOutput } from '../../shared/contract/contract';
import { valueHistoryRows, type ValueHistoryRow } from '../database/audit-queries';
import type { ProjectDatabase } from '../database/open-project';
import { valuesOfArticle } from '../database/values-repository';
import { requireArticle } from './comments';

type ReviewDiff = MethodOutput<'review.diff'>;
type Change = ReviewDiff['changes'][number];
type Snapshot = NonNullable<Change['suggested']>;
type Span = Snapshot['spans'][number];

type ValueAuditRow = ValueHistoryRow;

/** Actions whose `before` holds what the value (or its spans) were until then. */
const CONTENT_CHANGES = new Set(['edit', 'attach-span', 'detach-span']);

/** JSON with object keys sorted, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  const spans = (s: Span[]): string =>
    canonical([...s].sort((x, y) => x.start - y.start || x.end - y.end));
  return (
    canonical(a.value) === canonical(b.value) &&
    a.raw === b.raw &&
    spans(a.spans) === spans(b.spans)
  );
}

/**
 * The suggestion as extraction made it. Only edits change value and raw, and every content
 * change records what it replaced, so the earliest edit's `before` holds the original value and
 * raw text, and the earliest edit or span change's `before` the original spans. A value no one
 * changed still is its suggestion.
 */
function originalSuggestion(current: FieldValuePayload, rows: ValueAuditRow[]): Snapshot {
  const suggestion: Snapshot = { value: current.value, raw: current.raw, spans: current.spans };
  const firstEdit = rows.find((r) => r.action === 'edit');
  const firstContent = rows.find((r) => CONTENT_CHANGES.has(r.action));
  if (firstEdit?.before) {
    const before = JSON.parse(firstEdit.before) as Partial<Snapshot>;
    if ('value' in before) suggestion.value = before.value;
    if (typeof before.raw === 'string') suggestion.raw = before.raw;
  }
  if (firstContent?.before) {
    const before = JSON.parse(firstContent.before) as Partial<Snapshot>;
    if (Array.isArray(before.spans)) suggestion.spans = before.spans;
  }
  return suggestion;
}

function changeOf(
  value: FieldValuePayload,
  suggested: Snapshot | null,
  current: Snapshot,
): Change['change'] {
  if (value.state === 'rejected') return 'rejected';
  if (value.origin === 'curator' || suggested === null) return 'added';
  if (!sameSnapshot(suggested, current) || value.state === 'edited') return 'edited';
  return value.state === 'suggested' ? 'unchanged' : 'accepted';
}

/**
 * What curators made of an article's values against the extracted suggestions: each value as
 * suggested and as it is now, whether it was accepted, edited, added or rejected (or is still an
 * untouched suggestion), and who changed it last and when.
 */
export function reviewDiff(db: ProjectDatabase, articleId: number): ReviewDiff {
  requireArticle(db, articleId);
  const values = valuesOfArticle(db, articleId);
  const rows = valueHistoryRows(
    db,
    values.map((v) => v.id),
  );
  const rowsOf = new Map<number, ValueAuditRow[]>();
  for (const row of rows) {
    const list = rowsOf.get(row.valueId);
    if (list) list.push(row);
    else rowsOf.set(row.valueId, [row]);
  }
  return {
    articleId,
    changes: values.map((value) => {
      const history = rowsOf.get(value.id) ?? [];
      const now: Snapshot = { value: value.value, raw: value.raw, spans: value.spans };
      const suggested = value.origin === 'extracted' ? originalSuggestion(value, history) : null;
      const last = history.at(-1);
      return {
        fieldKey: value.fieldKey,
        valueId: value.id,
        change: changeOf(value, suggested, now),
        suggested,
        current: value.state === 'rejected' ? null : now,
        changedBy: last?.actor ?? null,
        changedAt: last?.at ?? null,
      };
    }),
  };
}
