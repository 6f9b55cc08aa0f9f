import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { databaseMigratedTo, migrateBetween } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../audit-repository';
import { verifyAuditChain } from '../audit-chain-verify';
import { migrations } from './index';

interface AuditTableRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number | null;
  action: string;
  before: string | null;
  after: string | null;
  hash: Buffer;
}

/** The declared serialisation, written out independently of audit-chain.ts to pin it down. */
function expectedChain(rows: AuditTableRow[]): string[] {
  let previous = Buffer.alloc(32);
  return rows.map((r) => {
    const canonical = JSON.stringify([
      r.id,
      r.at,
      r.actor,
      r.entity,
      r.entity_id,
      r.action,
      r.before,
      r.after,
    ]);
    previous = createHash('sha256').update(previous).update(canonical, 'utf8').digest();
    return previous.toString('hex');
  });
}

function insertLegacyRows(db: Database.Database, count: number): void {
  const insert = db.prepare(
    'INSERT INTO audit (at, actor, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      insert.run(
        `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
        i % 2 ? '王芳' : 'admin',
        'value',
        i % 7 === 0 ? null : i,
        'edit',
        i % 3 === 0 ? null : JSON.stringify({ value: `旧${i}`, article: i % 11 }),
        JSON.stringify({ value: `新${i}😀`, article: i % 11 }),
      );
    }
  })();
}

describe('migration 8 (audit chain)', () => {
  it('is the eighth migration', () => {
    expect(migrations[7]?.version).toBe(8);
    expect(migrations[7]?.name).toBe('audit-chain');
  });

  it('hashes the existing rows in id order with the declared serialisation, across batches', () => {
    const db = databaseMigratedTo(7);
    insertLegacyRows(db, 25_003); // more than two back-fill batches of 10,000
    migrateBetween(db, 7, 8);
    const rows = db.prepare('SELECT * FROM audit ORDER BY id').all() as AuditTableRow[];
    const hashes = rows.map((r) => r.hash.toString('hex'));
    expect(hashes).toEqual(expectedChain(rows));
    expect(verifyAuditChain(db)).toMatchObject({ rows: 25_003, broken: null });
    expect(verifyAuditChain(db).head).toEqual({ rowId: 25_003, hash: hashes.at(-1) });
  });

  it('leaves an empty log empty and lets appendAudit start the chain', () => {
    const db = databaseMigratedTo(8);
    expect(verifyAuditChain(db)).toEqual({ rows: 0, head: null, broken: null });
    appendAudit(db, { actor: 'me', entity: 'article', entityId: 1, action: 'edit' }, 'now');
    const row = db.prepare('SELECT * FROM audit').get() as AuditTableRow;
    expect(row.hash.toString('hex')).toBe(expectedChain([row])[0]);
  });

  it('refuses INSERT OR REPLACE, a lower id, and a row without a 32-byte hash', () => {
    const db = databaseMigratedTo(7);
    insertLegacyRows(db, 5);
    migrateBetween(db, 7, 8);
    const original = db.prepare('SELECT * FROM audit WHERE id = 3').get();
    const hash = Buffer.alloc(32, 7);
    const write = (verb: string, id: number | null, rowHash: unknown) =>
      db
        .prepare(
          `${verb} INTO audit (id, at, actor, entity, entity_id, action, before, after, hash)
           VALUES (?, 'now', 'mallory', 'value', 1, 'edit', NULL, NULL, ?)`,
        )
        .run(id, rowHash);
    expect(() => write('INSERT OR REPLACE', 3, hash)).toThrow(/appended after the last one/);
    expect(() => write('REPLACE', 5, hash)).toThrow(/appended after the last one/);
    expect(() => write('INSERT', 0, hash)).toThrow(/appended after the last one/);
    expect(() => write('INSERT', null, hash)).toThrow(/appended after the last one/);
    expect(() => write('INSERT', 6, null)).toThrow(/with their chain hash/);
    expect(() => write('INSERT', 6, Buffer.alloc(31))).toThrow(/with their chain hash/);
    expect(() => write('INSERT', 6, hash.toString('hex'))).toThrow(/cannot store TEXT/);
    expect(() => db.prepare("UPDATE audit SET actor = 'x' WHERE id = 3").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('UPDATE audit SET hash = ? WHERE id = 3').run(hash)).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit WHERE id = 3').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT * FROM audit WHERE id = 3').get()).toEqual(original);
    expect(verifyAuditChain(db)).toMatchObject({ rows: 5, broken: null });
  });

  it('chains a text SQLite would store differently (a lone surrogate) as it reads back', () => {
    const db = databaseMigratedTo(8);
    appendAudit(db, { actor: 'a\ud800b', entity: 'value', entityId: 1, action: 'edit' });
    appendAudit(db, {
      actor: 'me',
      entity: 'value',
      entityId: 1,
      action: 'edit',
      after: { value: 'x\udc00' },
    });
    expect(db.prepare('SELECT actor FROM audit WHERE id = 1').pluck().get()).toBe('a\ufffdb');
    expect(verifyAuditChain(db)).toMatchObject({ rows: 2, broken: null });
  });
});
