import type BetterSqlite3 from 'better-sqlite3';
import { chainHash, GENESIS_HASH, type AuditRowContent } from '../audit-chain';
import type { Migration } from './types';

/** Rows hashed per UPDATE batch: a million-row log is back-filled without holding it in memory. */
const BACKFILL_BATCH = 10_000;

/**
 * Makes the audit log tamper-evident. Each row gets `hash`, chained over the previous row's hash
 * and the row's canonical content (audit-chain.ts); existing rows are hashed in id order. The
 * triggers of migration 1 refuse UPDATE and DELETE, but `INSERT OR REPLACE` with an existing id
 * silently replaced a row (REPLACE deletes without firing delete triggers). Now every insert must
 * take an id above every existing one and carry a 32-byte hash, which only appendAudit computes.
 * Someone who drops these triggers can still write anything: `gleaner check` then finds the first
 * row that no longer fits the chain.
 */
export const migration0008AuditChain: Migration = {
  version: 8,
  name: 'audit-chain',
  up(db) {
    db.exec(`
      ALTER TABLE audit ADD COLUMN hash BLOB;
      DROP TRIGGER audit_no_update;
    `);
    backfillChain(db);
    db.exec(`
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
      CREATE TRIGGER audit_append_only BEFORE INSERT ON audit
        WHEN NEW.id <= coalesce((SELECT max(id) FROM audit), 0)
          OR typeof(NEW.hash) <> 'blob' OR length(NEW.hash) <> 32
        BEGIN SELECT RAISE(ABORT, 'audit rows are appended after the last one, with their chain hash'); END;
    `);
  },
};

function backfillChain(db: BetterSqlite3.Database): void {
  const batch = db.prepare(
    `SELECT id, at, actor, entity, entity_id AS entityId, action, before, after
     FROM audit WHERE id > ? ORDER BY id LIMIT ${BACKFILL_BATCH}`,
  );
  const setHash = db.prepare('UPDATE audit SET hash = ? WHERE id = ?');
  let previous = GENESIS_HASH;
  let lastId = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = batch.all(lastId) as AuditRowContent[];
    for (const row of rows) {
      previous = chainHash(previous, row);
      setHash.run(previous, row.id);
    }
    if (rows.length < BACKFILL_BATCH) return;
    lastId = rows[rows.length - 1]!.id;
  }
}
