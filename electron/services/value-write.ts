import type { FieldValuePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { coveredLength, intersectRange } from '../../shared/pages/range-set';
import type { Field } from '../../shared/schema';
import type { CodePointRange } from '../../shared/text/codepoints';
import { rangesOfArticle } from '../database/article-text-repository';
import { revisionedWrite, type AuditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import {
  spansOfValue,
  textOfArticleSpan,
  valueRow,
  type ValueRow,
  type ValueSpan,
} from '../database/value-edits-repository';
import { guardValueWrite } from './article-guard';

/**
 * What every write to one value shares (value-editing.ts, value-spans.ts, value-revert.ts,
 * value-review.ts): reading it, the article guard and revision check, the shape the audit log
 * records of it (conventions in the team rules: 'value' rows carry the article and field; spans
 * are [{start, end, text}] in document code points), and checking spans against its article.
 */

/** The value's row, or not-found naming it. */
export function loadValue(db: ProjectDatabase, valueId: number): ValueRow {
  const row = valueRow(db, valueId);
  if (!row) throw apiError('value-missing', { valueId });
  return row;
}

/** The value in the API's shape, as the fields panel reads it. */
export function readValue(db: ProjectDatabase, valueId: number): FieldValuePayload {
  const row = loadValue(db, valueId);
  const { articleId: _articleId, ...payload } = row;
  return { ...payload, value: JSON.parse(row.value) as unknown, spans: spansOfValue(db, valueId) };
}

/** How a stale write to a value is refused. */
export const VALUE_SUBJECT = {
  name: 'This value',
  reload: 'Reload the article to see the change.',
};

/**
 * A write to one value: it must exist, its article must be editable (the guard may start the
 * article; `guard` adds the write's own refusals), and the caller must have seen its current
 * revision. One transaction with the audit row(s) `change` appends.
 */
export function valueWrite<T>(
  db: ProjectDatabase,
  input: { valueId: number; revision: number },
  actor: string,
  change: (row: ValueRow, write: AuditedWrite) => T,
  guard?: (row: ValueRow) => void,
): T {
  return revisionedWrite(
    db,
    actor,
    {
      load: () => loadValue(db, input.valueId),
      seen: input.revision,
      subject: () => VALUE_SUBJECT,
      guard: (row, at) => {
        guardValueWrite(db, row.articleId, actor, at);
        guard?.(row);
      },
    },
    change,
  );
}

/** The value as the audit log records it (before or after a change). */
export function auditShape(db: ProjectDatabase, row: ValueRow, withRevision: boolean) {
  return {
    value: JSON.parse(row.value) as unknown,
    raw: row.raw,
    spans: spansOfValue(db, row.id),
    state: row.state,
    ...(withRevision ? { revision: row.revision } : {}),
    article: row.articleId,
    field: row.fieldKey,
  };
}

/**
 * Refuses a change to a value of a retired field, as editing one is refused (fieldOf): a window
 * opened before the field was retired still shows its ✓ and ✗, and a bulk accept could name it.
 * A field the schema no longer knows is left to the callers' own checks.
 */
export function refuseRetiredField(db: ProjectDatabase, key: string): void {
  if (activeSchema(db).fields.some((f) => f.key === key && f.retired))
    throw apiError('field-retired', { fieldKey: key });
}

/** A live field of the active schema; refused by name when it is unknown or retired. */
export function fieldOf(db: ProjectDatabase, key: string): Field {
  const field = activeSchema(db).fields.find((f) => f.key === key);
  // "There is no field" was a lie about a retired one, which the schema editor still lists.
  if (field?.retired) throw apiError('field-retired', { fieldKey: key });
  if (!field) {
    throw apiError('field-unknown', { fieldKey: key }, [
      `fieldKey: unknown field ${JSON.stringify(key)}`,
    ]);
  }
  return field;
}

/**
 * Checks spans against the article's ranges and reads their exact text from the document.
 * Spans outside the article are refused, named. Duplicates are stored once.
 */
export function spansInArticle(
  db: ProjectDatabase,
  articleId: number,
  spans: readonly CodePointRange[],
): ValueSpan[] {
  const ranges = rangesOfArticle(db, articleId);
  const outside = spans.filter(
    (s) => s.end <= s.start || coveredLength(intersectRange(ranges, s)) !== s.end - s.start,
  );
  if (outside.length > 0) {
    const named = outside.map((s) => `${s.start}–${s.end}`).join(', ');
    throw apiError(
      outside.length > 1 ? 'spans-outside-article' : 'span-outside-article',
      { spans: named, articleId },
      outside.map((s) => `spans: ${s.start}–${s.end} is outside the article`),
    );
  }
  const unique = new Map<string, ValueSpan>();
  for (const s of spans) {
    const text = textOfArticleSpan(db, articleId, s);
    unique.set(`${s.start}:${s.end}`, { start: s.start, end: s.end, text });
  }
  return [...unique.values()];
}
