import { chainHash, GENESIS_HASH, wellFormed } from './audit-chain';
import { auditRowValues, type AuditRow } from './audit-row';
import type { ProjectDatabase } from './open-project';
import { PACKAGE_SCHEMA, type Side } from './package-schema';

// --- Audit ------------------------------------------------------------------------------

/** An audit row as stored, before it has an id in the log it is appended to. */
export type RecordedAuditRow = Omit<AuditRow, 'id'>;

/**
 * The main project's audit rows about the carried rows, oldest first: each article's, value's,
 * comment's and document's own rows, and the rows of values that name a carried article in
 * their JSON (removed values among them). Read through the indexes of migrations 1 and 7.
 */
export function carriedHistory(db: ProjectDatabase): RecordedAuditRow[] {
  const inDocuments = 'SELECT id FROM temp.package_documents';
  const articles = `SELECT id FROM main.articles WHERE document_id IN (${inDocuments})`;
  const values = `SELECT v.id FROM main.field_values v WHERE v.article_id IN (${articles})`;
  const comments = `SELECT c.id FROM main.comments c WHERE c.article_id IN (${articles})`;
  return db
    .prepare(
      `SELECT at, actor, entity, entity_id AS entityId, action, before, after FROM main.audit
       WHERE id IN (
         SELECT id FROM main.audit WHERE entity = 'document' AND entity_id IN (${inDocuments})
         UNION SELECT id FROM main.audit WHERE entity = 'article' AND entity_id IN (${articles})
         UNION SELECT id FROM main.audit WHERE entity = 'value' AND entity_id IN (${values})
         UNION SELECT id FROM main.audit WHERE entity = 'comment' AND entity_id IN (${comments})
         UNION SELECT id FROM main.audit WHERE json_extract(after, '$.article') IN (${articles})
         UNION SELECT id FROM main.audit WHERE json_extract(before, '$.article') IN (${articles}))
       ORDER BY id`,
    )
    .all() as RecordedAuditRow[];
}

/** The package's rows after `afterId`: what was done in it since it was stamped. */
export function packageAuditSince(
  db: ProjectDatabase,
  afterId: number,
): (RecordedAuditRow & { id: number })[] {
  return db
    .prepare(
      `SELECT id, at, actor, entity, entity_id AS entityId, action, before, after
       FROM ${PACKAGE_SCHEMA}.audit WHERE id > ? ORDER BY id`,
    )
    .all(afterId) as (RecordedAuditRow & { id: number })[];
}

export function lastAuditId(db: ProjectDatabase, side: Side): number {
  const row = db.prepare(`SELECT max(id) AS id FROM ${side}.audit`).get() as { id: number | null };
  return row.id ?? 0;
}

/**
 * Appends rows that already happened (another file's, or history carried into a package) with
 * their own time and JSON text, chained exactly as appendAuditRows chains new ones (one hash
 * onto the last). The caller runs it inside its transaction.
 */
export function appendRecordedAuditRows(
  db: ProjectDatabase,
  side: Side,
  rows: Iterable<RecordedAuditRow>,
): number {
  if (!db.inTransaction) throw new Error('appendRecordedAuditRows runs inside a transaction');
  const last = db.prepare(`SELECT id, hash FROM ${side}.audit ORDER BY id DESC LIMIT 1`).get() as
    { id: number; hash: Buffer } | undefined;
  const insert = db.prepare(
    `INSERT INTO ${side}.audit (id, at, actor, entity, entity_id, action, before, after, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let id = last?.id ?? 0;
  let previous = last?.hash ?? GENESIS_HASH;
  for (const recorded of rows) {
    const row: AuditRow = {
      id: ++id,
      at: wellFormed(recorded.at),
      actor: wellFormed(recorded.actor),
      entity: wellFormed(recorded.entity),
      entityId: recorded.entityId,
      action: wellFormed(recorded.action),
      before: recorded.before === null ? null : wellFormed(recorded.before),
      after: recorded.after === null ? null : wellFormed(recorded.after),
    };
    previous = chainHash(previous, row);
    insert.run(...auditRowValues(row), previous);
  }
  return id - (last?.id ?? 0);
}

/** Who last wrote a row and when, from the log of one side (for a conflict's two columns). */
export function lastAuthor(
  db: ProjectDatabase,
  side: Side,
  entity: string,
  entityId: number,
): { actor: string; at: string } | null {
  const row = db
    .prepare(
      `SELECT actor, at FROM ${side}.audit WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(entity, entityId) as { actor: string; at: string } | undefined;
  return row ?? null;
}
