import type { AuditEntry } from '../../shared/contract/review';
import type { AuditRow, AuditRowV1 } from './audit-row';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

const COLUMNS = 'id, at, actor, entity, entity_id AS entityId, action, before, after FROM audit';

export function auditEntryOf(row: AuditRow): AuditEntry {
  return {
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}

/**
 * The ids of an article's audit rows: its own (transitions, assignment, reorder …) and those of
 * anything naming it in `article` (its values, comments), found through the indexes of
 * migration 7. A UNION of three index lookups, so SQLite never falls back to scanning the log.
 */
export const ARTICLE_ROW_IDS = `
  SELECT id FROM audit WHERE entity = 'article' AND entity_id = @article
  UNION SELECT id FROM audit WHERE json_extract(after, '$.article') = @article
  UNION SELECT id FROM audit WHERE json_extract(before, '$.article') = @article`;

export interface HistoryQuery {
  articleId?: number | undefined;
  valueId?: number | undefined;
  /** Who made the change (the profile name stored in the row). */
  actor?: string | undefined;
  /** The stored action, or a workflow step (approve, submit…) of a transition. */
  action?: string | undefined;
  /** Rows at or after this ISO timestamp, and before `before`. */
  since?: string | undefined;
  before?: string | undefined;
  offset: number;
  limit: number;
}

type HistoryParams = Record<string, number | string>;

/** The WHERE clause of a history query and its named parameters: every filter is optional. */
function historyScope(query: HistoryQuery): { where: string; params: HistoryParams } {
  const conditions: string[] = [];
  const params: HistoryParams = {};
  if (query.valueId !== undefined) {
    conditions.push("entity = 'value' AND entity_id = @value");
    params.value = query.valueId;
  } else if (query.articleId !== undefined) {
    conditions.push(`id IN (${ARTICLE_ROW_IDS})`);
    params.article = query.articleId;
  }
  if (query.actor !== undefined) {
    conditions.push('actor = @actor');
    params.actor = query.actor;
  }
  if (query.action !== undefined) {
    conditions.push(
      "(action = @action OR (action = 'transition' AND json_extract(after, '$.action') = @action))",
    );
    params.action = query.action;
  }
  if (query.since !== undefined) {
    conditions.push('at >= @since');
    params.since = query.since;
  }
  if (query.before !== undefined) {
    conditions.push('at < @before');
    params.before = query.before;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The article a row is about: its own id, or the `article` its value or comment names. */
const ARTICLE_OF_ROW = `coalesce(CASE WHEN entity = 'article' THEN entity_id END,
  json_extract(after, '$.article'), json_extract(before, '$.article'))`;

const titlesOf = prepare<[idsJson: string], { id: number; title: string | null }>(
  'SELECT id, title FROM articles WHERE id IN (SELECT value FROM json_each(?))',
);

/**
 * The audit log newest first, a page at a time: all of it, one value's rows or one article's
 * (with its values), narrowed by person, action and time. Each entry names its article (null
 * once the article is gone) so the log can link to it.
 */
export function listHistory(
  db: ProjectDatabase,
  query: HistoryQuery,
): { items: AuditEntry[]; total: number } {
  const { where, params } = historyScope(query);
  const rows = prepare<[HistoryParams], AuditRow & { articleId: number | null }>(
    `SELECT ${COLUMNS.replace(' FROM audit', '')}, ${ARTICLE_OF_ROW} AS articleId
     FROM audit ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
  ).all(db, { ...params, limit: query.limit, offset: query.offset });
  const total = prepare<[HistoryParams], { n: number }>(
    `SELECT count(*) AS n FROM audit ${where}`,
  ).get(db, params)!.n;
  const ids = [...new Set(rows.map((r) => r.articleId).filter((id) => id !== null))];
  const titles = new Map(titlesOf.all(db, JSON.stringify(ids)).map((a) => [a.id, a.title]));
  const items = rows.map(({ articleId, ...row }) => ({
    ...auditEntryOf(row),
    articleId: articleId !== null && titles.has(articleId) ? articleId : null,
    articleTitle: articleId === null ? null : (titles.get(articleId) ?? null),
  }));
  return { items, total };
}

const newestId = prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM audit');

/** The id of the newest audit row (0 when empty): an export stops there, whatever comes after. */
export function lastAuditId(db: ProjectDatabase): number {
  return newestId.get(db)!.id;
}

const page = prepare<[afterId: number, lastId: number, size: number], AuditRow>(
  `SELECT ${COLUMNS} WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`,
);

/** One page of the log, oldest first, after row `afterId` and up to row `lastId`. */
export function auditPage(
  db: ProjectDatabase,
  afterId: number,
  lastId: number,
  size: number,
): AuditRow[] {
  return page.all(db, afterId, lastId, size);
}

const byId = prepare<[id: number], AuditRow>(`SELECT ${COLUMNS} WHERE id = ?`);

/** One audit row by id (undefined when there is none). */
export function auditRowById(db: ProjectDatabase, id: number): AuditRow | undefined {
  return byId.get(db, id);
}

const fromId = prepare<[firstId: number], AuditRow>(`SELECT ${COLUMNS} WHERE id >= ? ORDER BY id`);

/** Every audit row from `firstId` on, oldest first. */
export function auditRowsFrom(db: ProjectDatabase, firstId: number): AuditRow[] {
  return fromId.all(db, firstId);
}

const writeThatLeftRevision = prepare<[valueId: number, revision: number], AuditRowV1>(
  `SELECT ${COLUMNS} WHERE entity = 'value' AND entity_id = ?
     AND json_extract(before, '$.revision') = ? ORDER BY id DESC LIMIT 1`,
);

/**
 * The audit row of the write that moved a value on from `revision` (its `before` names that
 * revision): what undo puts back. The newest such row, should a revert have made it twice.
 */
export function valueWriteFromRevision(
  db: ProjectDatabase,
  valueId: number,
  revision: number,
): AuditRowV1 | undefined {
  return writeThatLeftRevision.get(db, valueId, revision);
}

/** What review-diff reads of a value's audit rows. */
export type ValueHistoryRow = Pick<AuditRowV1, 'at' | 'actor' | 'action' | 'before'> & {
  valueId: number;
};

const historyOfValues = prepare<[valueIdsJson: string], ValueHistoryRow>(
  `SELECT entity_id AS valueId, at, actor, action, before FROM audit
   WHERE entity = 'value' AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
);

/** The audit rows of the given values, oldest first. */
export function valueHistoryRows(
  db: ProjectDatabase,
  valueIds: readonly number[],
): ValueHistoryRow[] {
  return historyOfValues.all(db, JSON.stringify(valueIds));
}
