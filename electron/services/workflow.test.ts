import { describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../database/open-project';
import { useTempDir } from '../test-support/temp-dir';
import { failure, openWindow, reviewProject } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-workflow-');

function valueOf(db: ProjectDatabase, articleId: number): number {
  const row = db
    .prepare('SELECT id FROM field_values WHERE article_id = ? ORDER BY id LIMIT 1')
    .get(articleId) as { id: number } | undefined;
  if (!row) throw new Error(`article ${articleId} has no value`);
  return row.id;
}

describe('articles.transition', () => {
  it('runs submit → request changes on a value → fix → resubmit → approve → reopen', async () => {
    const { project, windows, ids } = await reviewProject(tempDir(), {
      王芳: 'curator',
      李明: 'reviewer',
    });
    const curator = windows['王芳']!;
    const reviewer = windows['李明']!;
    const id = ids[0]!;
    const valueId = valueOf(project.db, id);

    // A curator may submit an article that needed no change, straight from `new`.
    let step = await curator.call('articles.transition', {
      articleId: id,
      revision: 1,
      action: 'submit',
    });
    expect(step).toEqual({ id, status: 'submitted', revision: 2 });
    step = await reviewer.call('articles.transition', {
      articleId: id,
      revision: 2,
      action: 'requestChanges',
      comment: '医院名称应为全称',
      valueId,
    });
    expect(step.status).toBe('changes_requested');
    step = await curator.call('articles.transition', {
      articleId: id,
      revision: 3,
      action: 'start',
    });
    expect(step.status).toBe('in_progress');
    await curator.call('articles.transition', {
      articleId: id,
      revision: 4,
      action: 'submit',
      comment: '已改',
    });
    step = await reviewer.call('articles.transition', {
      articleId: id,
      revision: 5,
      action: 'approve',
      comment: '好',
    });
    expect(step).toEqual({ id, status: 'approved', revision: 6 });
    step = await reviewer.call('articles.transition', {
      articleId: id,
      revision: 6,
      action: 'reopen',
      comment: '日期还要再看',
    });
    expect(step).toEqual({ id, status: 'in_progress', revision: 7 });

    const comments = await curator.call('comments.list', { articleId: id });
    expect(comments.map((c) => [c.author, c.kind, c.body, c.valueId])).toEqual([
      ['李明', 'changes_requested', '医院名称应为全称', valueId],
      ['王芳', 'comment', '已改', null],
      ['李明', 'approved', '好', null],
      ['李明', 'reopened', '日期还要再看', null],
    ]);
    const audit = project.db
      .prepare(
        "SELECT actor, before, after FROM audit WHERE entity = 'article' AND entity_id = ? AND action = 'transition' ORDER BY id",
      )
      .all(id) as { actor: string; before: string; after: string }[];
    expect(audit.map((a) => [a.actor, JSON.parse(a.before), JSON.parse(a.after)])).toEqual([
      ['王芳', { status: 'new', revision: 1 }, { status: 'submitted', action: 'submit' }],
      [
        '李明',
        { status: 'submitted', revision: 2 },
        {
          status: 'changes_requested',
          action: 'requestChanges',
          comment: '医院名称应为全称',
          value: valueId,
        },
      ],
      [
        '王芳',
        { status: 'changes_requested', revision: 3 },
        { status: 'in_progress', action: 'start' },
      ],
      [
        '王芳',
        { status: 'in_progress', revision: 4 },
        { status: 'submitted', action: 'submit', comment: '已改' },
      ],
      [
        '李明',
        { status: 'submitted', revision: 5 },
        { status: 'approved', action: 'approve', comment: '好' },
      ],
      [
        '李明',
        { status: 'approved', revision: 6 },
        { status: 'in_progress', action: 'reopen', comment: '日期还要再看' },
      ],
    ]);
    const row = project.db
      .prepare('SELECT status, revision, updated_at AS updatedAt FROM articles WHERE id = ?')
      .get(id) as {
      status: string;
      revision: number;
      updatedAt: string;
    };
    expect(row).toMatchObject({ status: 'in_progress', revision: 7 });
    expect(Date.now() - Date.parse(row.updatedAt)).toBeLessThan(60_000);
  });

  it('names the role needed and the article when a role may not take a step', async () => {
    const { project, windows, ids } = await reviewProject(tempDir(), {
      王芳: 'curator',
      李明: 'reviewer',
    });
    const id = ids[1]!;
    const title = (
      project.db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string }
    ).title;
    const reviewerSubmits = await failure(
      windows['李明']!.call('articles.transition', {
        articleId: id,
        revision: 1,
        action: 'submit',
      }),
    );
    expect(reviewerSubmits.code).toBe('forbidden');
    expect(reviewerSubmits.message).toContain('curator');
    expect(reviewerSubmits.message).toContain(`article ${id}`);
    expect(reviewerSubmits.message).toContain(title);

    await windows['王芳']!.call('articles.transition', {
      articleId: id,
      revision: 1,
      action: 'submit',
    });
    const curatorApproves = await failure(
      windows['王芳']!.call('articles.transition', {
        articleId: id,
        revision: 2,
        action: 'approve',
      }),
    );
    expect(curatorApproves.code).toBe('forbidden');
    expect(curatorApproves.message).toMatch(/Only a reviewer or an admin can approve/);
    const curatorReopens = await failure(
      windows['王芳']!.call('articles.transition', {
        articleId: id,
        revision: 2,
        action: 'reopen',
      }),
    );
    expect(curatorReopens.code).toBe('forbidden');
    expect(
      project.db.prepare('SELECT status, revision FROM articles WHERE id = ?').get(id),
    ).toEqual({
      status: 'submitted',
      revision: 2,
    });
  });

  it('refuses a stale revision, a wrong status, a missing comment and a value of another article', async () => {
    const { project, windows, admin, ids } = await reviewProject(tempDir(), {
      王芳: 'curator',
      李明: 'reviewer',
    });
    const curator = windows['王芳']!;
    const reviewer = windows['李明']!;
    const [a, b] = [ids[2]!, ids[3]!];
    const approveNew = await failure(
      reviewer.call('articles.transition', { articleId: a, revision: 1, action: 'approve' }),
    );
    expect(approveNew.code).toBe('conflict');
    expect(approveNew.message).toContain('it is new');

    await curator.call('articles.transition', { articleId: a, revision: 1, action: 'submit' });
    const stale = await failure(
      reviewer.call('articles.transition', { articleId: a, revision: 1, action: 'approve' }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/revision 2, you had 1/);

    const noComment = await failure(
      reviewer.call('articles.transition', { articleId: a, revision: 2, action: 'requestChanges' }),
    );
    expect(noComment.code).toBe('invalid-input');
    const otherValue = await failure(
      reviewer.call('articles.transition', {
        articleId: a,
        revision: 2,
        action: 'requestChanges',
        comment: '看这里',
        valueId: valueOf(project.db, b),
      }),
    );
    expect(otherValue.code).toBe('invalid-input');
    expect(otherValue.message).toContain(`article ${b}`);
    const missing = await failure(
      admin.call('articles.transition', { articleId: 999_999, revision: 1, action: 'start' }),
    );
    expect(missing.code).toBe('not-found');
    // Nothing of the refused steps was kept.
    expect(project.db.prepare('SELECT status, revision FROM articles WHERE id = ?').get(a)).toEqual(
      {
        status: 'submitted',
        revision: 2,
      },
    );
    expect(project.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
  });

  it('asks for a profile first, and stops a profile retired in another window', async () => {
    const { project, admin, windows, ids } = await reviewProject(tempDir(), { 王芳: 'curator' });
    const anonymous = openWindow(project, 'someone');
    expect((await anonymous.call('session.get', {})).profile).toBeNull();
    const refused = await failure(
      anonymous.call('articles.transition', { articleId: ids[0]!, revision: 1, action: 'submit' }),
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('Choose a profile first');

    const wangFang = (await admin.call('profiles.list', {})).find((p) => p.name === '王芳')!;
    await admin.call('profiles.update', { id: wangFang.id, retired: true });
    const retired = await failure(
      windows['王芳']!.call('articles.transition', {
        articleId: ids[0]!,
        revision: 1,
        action: 'submit',
      }),
    );
    expect(retired.code).toBe('forbidden');
    expect((await windows['王芳']!.call('session.get', {})).profile).toBeNull();
  });
});
