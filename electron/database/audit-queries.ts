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
  offset: number;
  limit: number;
}

/** The audit log newest first: all of it, one value's rows, or one article's (with its values). */
export function listHistory(
  db: ProjectDatabase,
  query: HistoryQuery,
): { items: AuditEntry[]; total: number } {
  let scope: string;
  let params: Record<string, number>;
  if (query.valueId !== undefined) {
    scope = "WHERE entity = 'value' AND entity_id = @value";
    params = { value: query.valueId };
  } else if (query.articleId !== undefined) {
    scope = `WHERE id IN (${ARTICLE_ROW_IDS})`;
    params = { article: query.articleId };
  } else {
    scope = '';
    params = {};
  }
  const rows = prepare<[Record<string, number>], AuditRow>(
    `SELECT ${COLUMNS} ${scope} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
  ).all(db, { ...params, limit: query.limit, offset: query.offset });
  const total = prepare<[Record<string, number>], { n: number }>(
    `SELECT count(*) AS n FROM audit ${scope}`,
  ).get(db, params)!.n;
  return { items: rows.map(auditEntryOf), total };
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
