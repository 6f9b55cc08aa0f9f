import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../database/audit-row';
import type { ProjectDatabase } from '../database/open-project';
import { firstValue, setValueState } from '../test-support/review-fixtures';
import { reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-restore-audit-');

type Row = AuditRow;

function auditLog(db: ProjectDatabase): Row[] {
  return db
    .prepare(
      'SELECT id, at, actor, entity, entity_id AS entityId, action, before, after FROM audit ORDER BY id',
    )
    .all() as Row[];
}

describe('restoring a backup', () => {
  it('writes a restore row and keeps the replaced audit rows, marked, in the restored history', async () => {
    const { project, admin, windows, ids } = await reviewProject(tempDir(), { 王芳: 'curator' });
    const wang = windows['王芳']!;
    const backup = await admin.call('backups.create', {});
    const atBackup = auditLog(project.db);

    // Work done after the backup: the restore will take it away.
    const value = firstValue(project.db, ids[0]!);
    await setValueState(wang, value, 'accepted');
    await wang.call('comments.add', { articleId: ids[0]!, body: '看过了' });
    const dropped = auditLog(project.db).slice(atBackup.length);
    expect(dropped.length).toBeGreaterThanOrEqual(2);

    await admin.call('backups.restore', { name: backup.name });
    const after = auditLog(project.db);
    // The backup's log, then the dropped rows as they were under `replaced-…`, then the restore.
    expect(after.slice(0, atBackup.length)).toEqual(atBackup);
    const copies = after.slice(atBackup.length, atBackup.length + dropped.length);
    expect(copies.map(({ id: _id, ...row }) => row)).toEqual(
      dropped.map(({ id: _id, ...row }) => ({ ...row, entity: `replaced-${row.entity}` })),
    );
    const restore = after.at(-1)!;
    expect(after).toHaveLength(atBackup.length + dropped.length + 1);
    expect(restore).toMatchObject({ actor: 'admin', entity: 'project', action: 'restore' });
    expect(JSON.parse(restore.after!)).toMatchObject({
      backup: backup.name,
      replacedRows: dropped.length,
      replacedIds: [dropped[0]!.id, dropped.at(-1)!.id],
    });

    // The article's history still shows what was replaced; the value itself is as in the backup
    // and its review diff does not take the replaced acceptance for a current change.
    const history = await admin.call('history.list', { articleId: ids[0]! });
    expect(history.items.some((e) => e.entity === 'replaced-value')).toBe(true);
    const diff = await admin.call('review.diff', { articleId: ids[0]! });
    expect(diff.changes.find((c) => c.valueId === value.id)?.change).toBe('unchanged');
  });

  it('keeps only the rows after the point where the two histories part, across restores', async () => {
    const { project, admin, ids } = await reviewProject(tempDir());
    const first = await admin.call('backups.create', {});
    const value = firstValue(project.db, ids[0]!);
    await setValueState(admin, value, 'accepted');
    await admin.call('backups.restore', { name: first.name });
    const firstLog = auditLog(project.db);
    const firstReplaced = (JSON.parse(firstLog.at(-1)!.after!) as { replacedRows: number })
      .replacedRows;
    // The acceptance, and the article's start that came with it.
    expect(firstReplaced).toBe(2);
    const backupRows = firstLog.length - firstReplaced - 1;
    // A second restore of the same backup replaces only what came after it: the copies and the
    // first restore row, not the shared beginning.
    await admin.call('backups.restore', { name: first.name });
    const log = auditLog(project.db);
    expect(log.slice(0, backupRows)).toEqual(firstLog.slice(0, backupRows));
    expect(JSON.parse(log.at(-1)!.after!)).toMatchObject({ replacedRows: firstReplaced + 1 });
    // The replaced rows of the first restore stay marked once, and its restore row is replaced.
    expect(log.slice(backupRows, -1).map((r) => r.entity)).toEqual([
      'replaced-article',
      'replaced-value',
      'replaced-project',
    ]);
  });
});
