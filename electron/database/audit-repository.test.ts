import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { verifyAuditChain } from './audit-chain-verify';
import { chainHash, GENESIS_HASH } from './audit-chain';
import { auditRowById } from './audit-queries';
import { appendAudit, appendAuditRows } from './audit-repository';
import { AUDIT_ROW_FORMAT, type AuditRowV1 } from './audit-row';
import { openProjectDatabase } from './open-project';

const tempDir = useTempDir();

const entry = (actor: string, entityId: number) => ({
  actor,
  entity: 'value',
  entityId,
  action: 'edit',
  after: { value: `${actor}${entityId}` },
});

describe('appendAudit', () => {
  it('keeps one chain when two connections to the same file append in turn', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const app = openProjectDatabase(file);
    const cli = openProjectDatabase(file, { quickCheck: false });
    for (let i = 0; i < 50; i++) {
      appendAudit(app, entry('app', i));
      cli.transaction(() => appendAudit(cli, entry('cli', i)))();
    }
    expect(verifyAuditChain(app)).toMatchObject({ rows: 100, broken: null });
    expect(app.prepare('SELECT min(id), max(id) FROM audit').raw().get()).toEqual([1, 100]);
    app.close();
    cli.close();
  });

  it('refuses to append on a stale snapshot instead of forking the chain', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const app = openProjectDatabase(file);
    const other = new Database(file);
    appendAudit(app, entry('app', 1));
    // A transaction that read the log (so holds a snapshot) before the app appended again.
    const stale = other.transaction(() => {
      other.prepare('SELECT count(*) FROM audit').get();
      appendAudit(app, entry('app', 2));
      appendAudit(other, entry('other', 3));
    });
    expect(() => stale()).toThrow(/database is locked|busy/i);
    expect(verifyAuditChain(app)).toMatchObject({ rows: 2, broken: null });
    app.close();
    other.close();
  });

  it('stores rows of the declared format 1, which the chain hashes and the queries read back as they are', () => {
    const db = openProjectDatabase(path.join(tempDir(), 'format.gleaner'));
    appendAudit(db, { ...entry('王芳', 3), before: { value: '𠀀' } }, '2026-01-02T03:04:05.000Z');
    const id = (db.prepare('SELECT max(id) AS id FROM audit').get() as { id: number }).id;
    const row = auditRowById(db, id)!;
    const expected: AuditRowV1 = {
      id,
      at: '2026-01-02T03:04:05.000Z',
      actor: '王芳',
      entity: 'value',
      entityId: 3,
      action: 'edit',
      before: '{"value":"𠀀"}',
      after: '{"value":"王芳3"}',
    };
    expect(AUDIT_ROW_FORMAT).toBe(1);
    // Exactly these columns: a new one is a new format, not a silent addition to this one.
    expect(row).toStrictEqual(expected);
    const { hash } = db.prepare('SELECT hash FROM audit WHERE id = ?').get(id) as { hash: Buffer };
    const previous = db.prepare('SELECT hash FROM audit WHERE id = ?').get(id - 1) as
      { hash: Buffer } | undefined;
    expect(chainHash(previous?.hash ?? GENESIS_HASH, row).equals(hash)).toBe(true);
    db.close();
  });
});

describe('appendAuditRows', () => {
  it('appends the rows, ids and hashes that as many appendAudit calls append', () => {
    const one = openProjectDatabase(path.join(tempDir(), 'one.gleaner'));
    const many = openProjectDatabase(path.join(tempDir(), 'many.gleaner'));
    const at = '2026-12-06T08:00:00.000Z';
    const entries = [1, 2, 3].map((i) => ({ ...entry('cli', i), before: { state: 'x\uD800' } }));
    for (const db of [one, many]) appendAudit(db, entry('app', 0), at);
    one.transaction(() => entries.forEach((e) => appendAudit(one, e, at)))();
    expect(many.transaction(() => appendAuditRows(many, entries, at))()).toBe(3);
    const rows = (db: Database.Database) => db.prepare('SELECT * FROM audit ORDER BY id').all();
    expect(rows(many)).toEqual(rows(one));
    expect(verifyAuditChain(many)).toMatchObject({ rows: 4, broken: null });
    expect(() => appendAuditRows(many, entries, at)).toThrow(/inside the transaction/);
    one.close();
    many.close();
  });

  it('appends in many-row INSERTs what appendAudit appends row by row, whatever the count', () => {
    const one = openProjectDatabase(path.join(tempDir(), 'one.gleaner'));
    const many = openProjectDatabase(path.join(tempDir(), 'many.gleaner'));
    const at = '2026-12-06T08:00:00.000Z';
    // 256 + 256 + 128 + 32 + 8 + 4 + 2 + 1 rows in the first call, 256 exactly in the second.
    const batches = [687, 256].map((count, batch) =>
      Array.from({ length: count }, (_, i) => entry(`a${batch}`, i)),
    );
    for (const entries of batches) {
      one.transaction(() => entries.forEach((e) => appendAudit(one, e, at)))();
      expect(many.transaction(() => appendAuditRows(many, entries, at))()).toBe(entries.length);
    }
    const rows = (db: Database.Database) => db.prepare('SELECT * FROM audit ORDER BY id').all();
    expect(rows(many)).toHaveLength(943);
    expect(rows(many)).toEqual(rows(one));
    expect(verifyAuditChain(many)).toMatchObject({ rows: 943, broken: null });
    one.close();
    many.close();
  });
});
