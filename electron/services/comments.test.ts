import { describe, expect, it } from 'vitest';
import { firstValue } from '../test-support/review-fixtures';
import { useTempDir } from '../test-support/temp-dir';
import { failure, reviewProject } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-comments-');

describe('comments', () => {
  it('adds comments on an article or one of its values, oldest first, with history', async () => {
    const { project, windows, ids } = await reviewProject(tempDir(), { 李明: 'reviewer' });
    const reviewer = windows['李明']!;
    const id = ids[0]!;
    const valueId = firstValue(project.db, id).id;
    await reviewer.call('comments.add', { articleId: id, body: '第一条' });
    await reviewer.call('comments.add', { articleId: id, valueId, body: ' 这个值 ' });
    expect(
      (await reviewer.call('comments.list', { articleId: id })).map((c) => [
        c.body,
        c.valueId,
        c.kind,
      ]),
    ).toEqual([
      ['第一条', null, 'comment'],
      ['这个值', valueId, 'comment'],
    ]);
    const wrong = await failure(
      reviewer.call('comments.add', { articleId: ids[1]!, valueId, body: 'x' }),
    );
    expect(wrong.code).toBe('invalid-input');
    expect((await failure(reviewer.call('comments.list', { articleId: 999_999 }))).code).toBe(
      'not-found',
    );
    expect(
      project.db.prepare("SELECT actor, action FROM audit WHERE entity = 'comment'").all(),
    ).toEqual([
      { actor: '李明', action: 'add' },
      { actor: '李明', action: 'add' },
    ]);
  });
});
