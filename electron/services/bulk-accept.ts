import { ApiError } from '../../shared/contract/errors';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { setValueStates } from './value-review';

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

/** One transaction per this many articles: a long run never holds the file for long. */
const ARTICLES_PER_TRANSACTION = 200;

/**
 * Accepts the suggested values that match the filter, in every article that is not approved,
 * each audited under `actor` as if a curator had pressed ✓ (so the article moves on from `new`
 * and the dashboard counts it). A dry run only counts. Values of retired fields are not touched.
 */
export function acceptSuggestions(
  db: ProjectDatabase,
  filter: BulkAcceptFilter,
  actor: string,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): BulkAcceptReport {
  const schemaKeys = activeSchema(db).fields.map((f) => f.key);
  const fields = filter.fields?.length ? [...new Set(filter.fields)] : schemaKeys;
  const unknown = fields.filter((key) => !schemaKeys.includes(key));
  if (unknown.length > 0) {
    throw new ApiError(
      'invalid-input',
      `No field ${unknown.join(', ')} in the project's schema (fields: ${schemaKeys.join(', ')}).`,
    );
  }
  const minConfidence = filter.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new ApiError('invalid-input', `The minimum confidence must be between 0 and 1.`);
  }
  const rows = db
    .prepare(
      `SELECT v.id, v.revision, v.article_id AS articleId, v.field_key AS fieldKey,
              a.status = 'approved' AS approved
       FROM field_values v JOIN articles a ON a.id = v.article_id
       WHERE v.state = 'suggested'
         AND v.field_key IN (SELECT value FROM json_each(@fields))
         AND coalesce(v.confidence, 0) >= @minConfidence
         AND (@rule IS NULL OR v.extractor = @rule)
       ORDER BY v.article_id, v.id`,
    )
    .all({ fields: JSON.stringify(fields), minConfidence, rule: filter.rule ?? null }) as {
    id: number;
    revision: number;
    articleId: number;
    fieldKey: string;
    approved: number;
  }[];
  const open = rows.filter((r) => !r.approved);
  const report: BulkAcceptReport = {
    accepted: open.length,
    byField: {},
    articles: new Set(open.map((r) => r.articleId)).size,
    skippedApproved: rows.length - open.length,
  };
  for (const row of open) report.byField[row.fieldKey] = (report.byField[row.fieldKey] ?? 0) + 1;
  if (options.dryRun) return report;

  // Rows come ordered by article: cut the batches between articles.
  let batch: typeof open = [];
  let batchArticles = 0;
  let done = 0;
  const flush = () => {
    if (batch.length === 0) return;
    setValueStates(
      db,
      batch.map((r) => ({ valueId: r.id, revision: r.revision, state: 'accepted' as const })),
      actor,
    );
    done += batch.length;
    options.onProgress?.(done, open.length);
    batch = [];
    batchArticles = 0;
  };
  open.forEach((row, i) => {
    if (i === 0 || open[i - 1]!.articleId !== row.articleId) {
      if (batchArticles === ARTICLES_PER_TRANSACTION) flush();
      batchArticles++;
    }
    batch.push(row);
  });
  flush();
  return report;
}
