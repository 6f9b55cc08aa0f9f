import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { curatorAndReviewer, firstValue, transition } from '../test-support/review-fixtures';
import { failure, reviewProject, windowOn } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-workflow-');

describe('articles.transition', () => {
  it('runs submit → request changes on a value → fix → resubmit → approve → reopen', async () => {
    const { project, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const id = ids[0]!;
    const valueId = firstValue(project.db, id).id;

    // A curator may submit an article that needed no change, straight from `new`.
    let step = await transition(curator, id, 1, 'submit');
    expect(step).toEqual({ id, status: 'submitted', revision: 2 });
    step = await transition(reviewer, id, 2, 'requestChanges', {
      comment: '医院名称应为全称',
      valueId,
    });
    expect(step.status).toBe('changes_requested');
    step = await transition(curator, id, 3, 'start');
    expect(step.status).toBe('in_progress');
    await transition(curator, id, 4, 'submit', { comment: '已改' });
    step = await transition(reviewer, id, 5, 'approve', { comment: '好' });
    expect(step).toEqual({ id, status: 'approved', revision: 6 });
    step = await transition(reviewer, id, 6, 'reopen', { comment: '日期还要再看' });
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
    const { project, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const id = ids[1]!;
    const title = (
      project.db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string }
    ).title;
    const reviewerSubmits = await failure(transition(reviewer, id, 1, 'submit'));
    expect(reviewerSubmits.code).toBe('forbidden');
    expect(reviewerSubmits.message).toContain('curator');
    expect(reviewerSubmits.message).toContain(`article ${id}`);
    expect(reviewerSubmits.message).toContain(title);

    await transition(curator, id, 1, 'submit');
    const curatorApproves = await failure(transition(curator, id, 2, 'approve'));
    expect(curatorApproves.code).toBe('forbidden');
    expect(curatorApproves.message).toMatch(/Only a reviewer or an admin can approve/);
    const curatorReopens = await failure(transition(curator, id, 2, 'reopen'));
    expect(curatorReopens.code).toBe('forbidden');
    expect(
      project.db.prepare('SELECT status, revision FROM articles WHERE id = ?').get(id),
    ).toEqual({
      status: 'submitted',
      revision: 2,
    });
  });

  it('refuses a stale revision, a wrong status, a missing comment and a value of another article', async () => {
    const { project, admin, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const [a, b] = [ids[2]!, ids[3]!];
    const approveNew = await failure(transition(reviewer, a, 1, 'approve'));
    expect(approveNew.code).toBe('conflict');
    expect(approveNew.message).toContain('it is new');

    await transition(curator, a, 1, 'submit');
    const stale = await failure(transition(reviewer, a, 1, 'approve'));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/revision 2, you had 1/);

    const noComment = await failure(transition(reviewer, a, 2, 'requestChanges'));
    expect(noComment.code).toBe('invalid-input');
    const otherValue = await failure(
      transition(reviewer, a, 2, 'requestChanges', {
        comment: '看这里',
        valueId: firstValue(project.db, b).id,
      }),
    );
    expect(otherValue.code).toBe('invalid-input');
    expect(otherValue.message).toContain(`article ${b}`);
    const missing = await failure(transition(admin, 999_999, 1, 'start'));
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
    const { handlers, admin, windows, ids } = await reviewProject(tempDir(), { 王芳: 'curator' });
    const anonymous = windowOn(handlers);
    expect((await anonymous.call('session.get', {})).profile).toBeNull();
    const refused = await failure(transition(anonymous, ids[0]!, 1, 'submit'));
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('this window is signed out');

    const wangFang = (await admin.call('profiles.list', {})).find((p) => p.name === '王芳')!;
    await admin.call('profiles.update', { id: wangFang.id, retired: true });
    const retired = await failure(transition(windows['王芳']!, ids[0]!, 1, 'submit'));
    expect(retired.code).toBe('forbidden');
    expect((await windows['王芳']!.call('session.get', {})).profile).toBeNull();
  });
});
