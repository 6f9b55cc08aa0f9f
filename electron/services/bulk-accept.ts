import { apiError } from '../../shared/contract/error-messages';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { appendSerializedAuditRows } from '../database/audit-repository';
import type { SerializedAuditRow } from '../database/audit-row';
import {
  acceptSuggestionsOfArticles,
  countSuggestions,
  type AcceptedSuggestion,
} from '../database/bulk-accept-queries';
import { STARTS_WORK } from './article-guard';

export interface BulkAcceptFilter {
  /** Only these fields (keys of the active schema); all of them when absent or empty. */
  fields?: readonly string[];
  /** Only suggestions whose extractor gave at least this confidence (0–1). */
  minConfidence?: number;
  /** Only suggestions of this extraction rule, such as `rule:hospital@1`. */
  rule?: string;
}

export interface BulkAcceptReport {
  /** Values accepted (or, on a dry run, that would be). */
  accepted: number;
  /** Of those, per field key. */
  byField: Record<string, number>;
  /** Articles whose values were accepted. */
  articles: number;
  /** Matching suggestions left alone because their article is approved (read-only). */
  skippedApproved: number;
}

/**
 * One transaction per this many articles: a long run never holds the file for long (about
 * 50 ms a batch of the seeds' 27 suggestions an article), and a window's write waits at most that.
 */
const ARTICLES_PER_TRANSACTION = 500;

/**
 * Accepts the suggested values that match the filter, in every article that is not approved,
 * each audited under `actor` as if a curator had pressed ✓ (so the article moves on from `new`
 * and the dashboard counts it). A dry run only counts. Values of retired fields are not touched:
 * every field means every live one, and naming a retired field is refused as the ✓ refuses it.
 * Set-based: each batch of articles is one SELECT, two UPDATEs and its audit rows appended in
 * order (they are hash-chained, so each is hashed onto the one before in memory).
 */
export function acceptSuggestions(
  db: ProjectDatabase,
  filter: BulkAcceptFilter,
  actor: string,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): BulkAcceptReport {
  const schema = activeSchema(db).fields;
  const schemaKeys = schema.map((f) => f.key);
  const liveKeys = schema.filter((f) => !f.retired).map((f) => f.key);
  const fields = filter.fields?.length ? [...new Set(filter.fields)] : liveKeys;
  const unknown = fields.filter((key) => !schemaKeys.includes(key));
  if (unknown.length > 0) {
    throw apiError('fields-unknown', {
      fields: unknown.join(', '),
      known: schemaKeys.join(', '),
    });
  }
  const retired = fields.find((key) => !liveKeys.includes(key));
  if (retired !== undefined) throw apiError('field-retired', { fieldKey: retired });
  const minConfidence = filter.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw apiError('confidence-out-of-range');
  }
  const suggestionFilter = { fields, minConfidence, rule: filter.rule ?? null };
  const counts = countSuggestions(db, suggestionFilter);
  const accepted = Object.values(counts.byField).reduce((sum, n) => sum + n, 0);
  const report: BulkAcceptReport = {
    accepted,
    byField: counts.byField,
    articles: counts.articleIds.length,
    skippedApproved: counts.inApproved,
  };
  if (options.dryRun) return report;

  let done = 0;
  for (let i = 0; i < counts.articleIds.length; i += ARTICLES_PER_TRANSACTION) {
    const first = counts.articleIds[i]!;
    const last =
      counts.articleIds[Math.min(i + ARTICLES_PER_TRANSACTION, counts.articleIds.length) - 1]!;
    done += inWriteTransaction(db, () => {
      const at = new Date().toISOString();
      const taken = acceptSuggestionsOfArticles(db, suggestionFilter, first, last, at);
      appendSerializedAuditRows(db, auditRowsOf(taken, actor), at);
      return taken.length;
    });
    options.onProgress?.(done, accepted);
  }
  // Another window may have changed a value between the count and its batch: say what was done.
  report.accepted = done;
  return report;
}

const ARTICLE_STARTED = JSON.stringify({ status: 'in_progress', action: 'start' });

/**
 * The audit rows of an accept, as one ✓ per value writes them (value-review.ts and
 * article-guard.ts): an article's 'start' transition before its first value, then each value's
 * set-state. A value's row is built from a template, not an object and JSON.stringify (millions
 * of rows at scale); bulk-accept.test.ts checks the text against the ✓ path's, row for row.
 */
function* auditRowsOf(
  taken: readonly AcceptedSuggestion[],
  actor: string,
): Generator<SerializedAuditRow> {
  const fieldJson = new Map<string, string>();
  let article = -1;
  for (const value of taken) {
    if (value.articleId !== article) {
      article = value.articleId;
      if (STARTS_WORK.includes(value.articleStatus))
        yield {
          actor,
          entity: 'article',
          entityId: article,
          action: 'transition',
          before: JSON.stringify({ status: value.articleStatus, revision: value.articleRevision }),
          after: ARTICLE_STARTED,
        };
    }
    let field = fieldJson.get(value.fieldKey);
    if (field === undefined) {
      field = JSON.stringify(value.fieldKey);
      fieldJson.set(value.fieldKey, field);
    }
    yield {
      actor,
      entity: 'value',
      entityId: value.valueId,
      action: 'set-state',
      before: `{"state":"suggested","revision":${value.revision}}`,
      after: `{"state":"accepted","field":${field},"article":${value.articleId}}`,
    };
  }
}
