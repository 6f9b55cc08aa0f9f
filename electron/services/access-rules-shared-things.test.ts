import { describe, expect, it } from 'vitest';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-shared-things-');

/** The admin, two curators and a reviewer; the first two articles assigned to ana. */
async function team() {
  const opened = await reviewProject(tempDir(), { ana: 'curator', bo: 'curator', rev: 'reviewer' });
  const { project, admin, ids } = opened;
  const ana = project.db.prepare("SELECT id FROM profiles WHERE name = 'ana'").get() as {
    id: number;
  };
  await admin.call('articles.assign', { assigneeId: ana.id, articleIds: [ids[0]!, ids[1]!] });
  return { ...opened, ana: opened.windows.ana!, bo: opened.windows.bo!, rev: opened.windows.rev! };
}

describe('shared things have an owner (issue 16, eighth sweep)', () => {
  it('another curator can neither replace nor delete an admin’s saved search', async () => {
    const { project, admin, bo, ana } = await team();
    try {
      const saved = await admin.call('searches.save', {
        name: '待导出',
        filter: { query: '医院' },
      });
      // Before: both went through, and the admin's next export by this search took bo's filter.
      const replaced = await failure(bo.call('searches.save', { name: '待导出', filter: {} }));
      expect(replaced.code).toBe('forbidden');
      expect(replaced.message).toBe(
        'The saved search "待导出" was made by admin: only they or an admin can replace or delete it, not bo. Save yours under another name.',
      );
      expect((await failure(bo.call('searches.delete', { id: saved.id }))).code).toBe('forbidden');
      expect(await admin.call('searches.list', {})).toEqual([saved]);

      // Its maker, and an admin, still may; anyone saves their own under another name.
      const mine = await bo.call('searches.save', { name: 'bo 的', filter: { query: '胸痛' } });
      expect(await bo.call('searches.save', { name: 'bo 的', filter: {} })).toMatchObject({
        id: mine.id,
        filter: {},
      });
      expect((await failure(ana.call('searches.delete', { id: mine.id }))).code).toBe('forbidden');
      expect(await admin.call('searches.delete', { id: mine.id })).toEqual({
        id: mine.id,
        deleted: true,
      });
      expect(await admin.call('searches.save', { name: '待导出', filter: {} })).toMatchObject({
        id: saved.id,
      });
    } finally {
      project.close();
    }
  });

  it('a reviewer’s thread on ana’s article is ana’s to resolve, not another curator’s', async () => {
    const { project, ids, ana, bo, rev } = await team();
    try {
      const thread = await rev.call('comments.add', { articleId: ids[0]!, body: '医院名称请核对' });
      // Before: bo resolved it, and ana never saw the reviewer's request among the open ones.
      const refused = await failure(
        bo.call('comments.resolve', { threadId: thread.id, resolved: true }),
      );
      expect(refused.message).toContain('is assigned to ana; bo can change only their own');
      expect((await ana.call('comments.list', { articleId: ids[0]! }))[0]!.resolvedAt).toBeNull();
      // bo may still say something on it; ana, the reviewer and an admin may resolve it.
      await bo.call('comments.add', { articleId: ids[0]!, body: '我也看到了' });
      expect(
        (await ana.call('comments.resolve', { threadId: thread.id, resolved: true })).resolvedBy,
      ).toBe('ana');
      expect(
        (await rev.call('comments.resolve', { threadId: thread.id, resolved: false })).resolvedAt,
      ).toBeNull();
    } finally {
      project.close();
    }
  });
});
