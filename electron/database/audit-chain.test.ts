import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash, chainHashOfRaw, GENESIS_HASH, wellFormed } from './audit-chain';
import type { AuditRow } from './audit-row';

/** The chain's definition, written out: SHA-256(previous ‖ UTF-8 of the JSON array of columns). */
function reference(previous: Buffer, row: AuditRow): Buffer {
  const values = [
    row.id,
    row.at,
    row.actor,
    row.entity,
    row.entityId,
    row.action,
    row.before,
    row.after,
  ];
  return createHash('sha256').update(previous).update(JSON.stringify(values), 'utf8').digest();
}

const row = (id: number, after: string | null): AuditRow => ({
  id,
  at: '2026-12-06T10:00:00.000Z',
  actor: '审核员 𠀀',
  entity: 'value',
  entityId: id * 7,
  action: 'set-state',
  before: '{"state":"suggested","revision":1}',
  after,
});

describe('the audit hash chain', () => {
  it('hashes each row onto the one before as its definition says, short rows and long ones', () => {
    let previous = GENESIS_HASH;
    let expected = GENESIS_HASH;
    const rows = [
      row(1, '{"state":"accepted","field":"beds","article":1}'),
      row(2, null),
      row(3, JSON.stringify({ text: '医院😀'.repeat(20_000) })), // past the reused buffer
      row(4, '{"text":"床位"}'),
    ];
    for (const r of rows) {
      previous = chainHash(previous, r);
      expected = reference(expected, r);
      expect(previous.equals(expected), `row ${r.id}`).toBe(true);
      expect(
        chainHashOfRaw(GENESIS_HASH, Object.values(r)).equals(reference(GENESIS_HASH, r)),
      ).toBe(true);
    }
  });

  it('keeps paired surrogates and replaces a lone one', () => {
    expect(wellFormed('𠀀😀医院')).toBe('𠀀😀医院');
    expect(wellFormed('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
  });
});
