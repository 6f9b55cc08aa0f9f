import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { lastAuditId } from './audit-queries';
import { auditedWrite, revisionedWrite } from './audited-write';
import { getMeta, setMeta } from './meta-repository';
import { openProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

const tempDir = useTempDir();

function project() {
  return openProjectDatabase(path.join(tempDir(), 'p.gleaner'));
}

const auditRow = prepare<[id: number], { actor: string; at: string; action: string }>(
  'SELECT actor, at, action FROM audit WHERE id = ?',
);

describe('auditedWrite', () => {
  it('writes the change and its audit row together, by the actor, at the change time', () => {
    const db = project();
    const at = auditedWrite(db, '王芳', (write) => {
      setMeta(db, 'probe', 'after');
      write.audit({ entity: 'project', entityId: null, action: 'probe' });
      return write.at;
    });
    expect(getMeta(db, 'probe')).toBe('after');
    expect(auditRow.get(db, lastAuditId(db))).toEqual({ actor: '王芳', at, action: 'probe' });
  });

  it('leaves neither the change nor its audit row when the change throws', () => {
    const db = project();
    const before = lastAuditId(db);
    expect(() =>
      auditedWrite(db, 'a', (write) => {
        setMeta(db, 'probe', 'half');
        write.audit({ entity: 'project', entityId: null, action: 'probe' });
        throw new Error('refused late');
      }),
    ).toThrow('refused late');
    expect(getMeta(db, 'probe')).toBeUndefined();
    expect(lastAuditId(db)).toBe(before);
  });
});

describe('revisionedWrite', () => {
  const target = (revision: number, order: string[]) => ({
    load: () => {
      order.push('load');
      return { id: 7, revision };
    },
    seen: 3,
    subject: () => ({ name: 'Thing 7', reload: 'Reload it.' }),
    guard: () => {
      order.push('guard');
    },
  });

  it('refuses a stale revision with the one "changed elsewhere" message, after the guard', () => {
    const db = project();
    const order: string[] = [];
    let changed = false;
    expect(() =>
      revisionedWrite(db, 'a', target(4, order), () => {
        changed = true;
      }),
    ).toThrow('Thing 7 was changed elsewhere (revision 4, you had 3). Reload it.');
    expect(order).toEqual(['load', 'guard']);
    expect(changed).toBe(false);
  });

  it('runs the change when the caller saw the stored revision', () => {
    const db = project();
    const order: string[] = [];
    const result = revisionedWrite(db, 'a', target(3, order), (row, write) => {
      write.audit({ entity: 'thing', entityId: row.id, action: 'touch' });
      return row.revision + 1;
    });
    expect(result).toBe(4);
    expect(auditRow.get(db, lastAuditId(db))?.action).toBe('touch');
  });
});
