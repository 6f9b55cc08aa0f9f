import { ApiError } from '../../shared/contract/errors';
import { apiError } from '../../shared/contract/error-messages';
import type { ArticleStatus } from '../../shared/contract/domain';
import { articleWorkflowRow, startArticleWork } from '../database/article-workflow-repository';
import { appendAuditRows } from '../database/audit-repository';
import type { NewAuditRow } from '../database/audit-row';
import { refuseStaleRevision } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import {
  valueStatesOf,
  writeSuggestedStates,
  type ValueStateRow,
} from '../database/value-states-set-queries';
import { writeValueStatesAsSet } from '../database/value-triggers-paused';
import { STARTS_WORK } from './article-guard';
import { activeSchema } from '../database/schema-repository';
import { VALUE_SUBJECT } from './value-write';

/** One ✓ or ✗ of a bulk action: the value, its new state and the revision the window saw. */
export interface StateItem {
  valueId: number;
  state: 'accepted' | 'rejected' | 'suggested';
  revision: number;
}

interface Article {
  status: ArticleStatus;
  revision: number;
}

/** What a bulk ✓ or ✗ would do: per item, in the order given, the write or its refusal. */
export interface StatesPlan {
  state: StateItem['state'];
  writes: { item: StateItem; row: ValueStateRow; article: Article }[];
  refused: { item: StateItem; error: ApiError }[];
  /** Every item's outcome in the order given, refusals in place. */
  outcomes: ({ valueId: number; revision: number } | { valueId: number; error: ApiError })[];
}

/**
 * Plans a bulk ✓ or ✗ of still-suggested values as one set instead of value by value, with the
 * refusals the per-value path (value-review.ts) would give, in its order of checks: `check` (the
 * access rule), the value missing, its article approved, its field retired, then a stale revision. The value rows
 * are read in one query, and `check` and the article's state once per article (neither changes
 * between the values of one article). Returns null where the set path would differ from value by
 * value (several states, a value named twice, a value no longer suggested, as in an undo): the
 * caller then writes value by value.
 */
export function planSuggestedStates(
  db: ProjectDatabase,
  items: readonly StateItem[],
  check: (item: StateItem) => void = () => undefined,
): StatesPlan | null {
  const state = items[0]?.state;
  if (state === undefined || items.some((item) => item.state !== state)) return null;
  const ids = items.map((item) => item.valueId);
  if (new Set(ids).size !== ids.length) return null;
  const rows = valueStatesOf(db, ids);
  if ([...rows.values()].some((row) => row.state !== 'suggested')) return null;

  const plan: StatesPlan = { state, writes: [], refused: [], outcomes: [] };
  const articles = new Map<number, Article | ApiError>();
  const retired = new Set(
    activeSchema(db)
      .fields.filter((f) => f.retired)
      .map((f) => f.key),
  );
  for (const item of items) {
    try {
      const row = rows.get(item.valueId);
      if (!row) {
        check(item);
        throw apiError('value-missing', { valueId: item.valueId });
      }
      let article = articles.get(row.articleId);
      if (article === undefined) {
        article = refusalOf(() => checkedArticle(db, row.articleId, () => check(item)));
        articles.set(row.articleId, article);
      }
      if (article instanceof ApiError) throw article;
      if (retired.has(row.fieldKey)) throw apiError('field-retired', { fieldKey: row.fieldKey });
      refuseStaleRevision(VALUE_SUBJECT, row.revision, item.revision);
      plan.writes.push({ item, row, article });
      plan.outcomes.push({ valueId: item.valueId, revision: row.revision + 1 });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      plan.refused.push({ item, error });
      plan.outcomes.push({ valueId: item.valueId, error });
    }
  }
  return plan;
}

function refusalOf<T>(read: () => T): T | ApiError {
  try {
    return read();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

/** The article guard's refusals (article-guard.ts), after the access rule's. */
function checkedArticle(db: ProjectDatabase, articleId: number, check: () => void): Article {
  check();
  const article = articleWorkflowRow(db, articleId);
  if (!article) throw apiError('article-missing', { articleId });
  if (article.status === 'approved')
    throw apiError('article-approved-locked', { articleId, change: 'change' });
  return { status: article.status, revision: article.revision };
}

/**
 * Writes a plan's allowed values in one UPDATE (writeValueStatesAsSet keeps the counters and
 * learned votes, voted in the plan's order) with the audit rows one write per value appends, in
 * the same order: an article's 'start' just before its first written value, then the value's
 * set-state. The caller holds the transaction.
 */
export function writeStatesPlan(db: ProjectDatabase, plan: StatesPlan, actor: string): void {
  if (plan.writes.length === 0) return;
  const at = new Date().toISOString();
  const audit: NewAuditRow[] = [];
  const started = new Set<number>();
  for (const { item, row, article } of plan.writes) {
    if (STARTS_WORK.includes(article.status) && !started.has(row.articleId)) {
      started.add(row.articleId);
      startArticleWork(db, row.articleId, at);
      audit.push({
        actor,
        entity: 'article',
        entityId: row.articleId,
        action: 'transition',
        before: { status: article.status, revision: article.revision },
        after: { status: 'in_progress', action: 'start' },
      });
    }
    audit.push({
      actor,
      entity: 'value',
      entityId: row.id,
      action: 'set-state',
      before: { state: row.state, revision: row.revision },
      after: { state: item.state, field: row.fieldKey, article: row.articleId },
    });
  }
  const ids = plan.writes.map((write) => write.row.id);
  writeValueStatesAsSet(
    db,
    'suggested',
    plan.state,
    () => writeSuggestedStates(db, ids, plan.state, at),
    'as-returned',
  );
  appendAuditRows(db, audit, at);
}
