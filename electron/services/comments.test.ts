import { describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../database/open-project';
import { useTempDir } from '../test-support/temp-dir';
import { failure, reviewProject } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-comments-');

function valueOf(db: ProjectDatabase, articleId: number): number {
  const row = db
    .prepare('SELECT id FROM field_values WHERE article_id = ? ORDER BY id LIMIT 1')
    .get(articleId) as { id: number } | undefined;
  if (!row) throw new Error(`article ${articleId} has no value`);
  return row.id;
}

describe('comments', () => {
  it('adds comments on an article or one of its values, oldest first, with history', async () => {
    const { project, windows, ids } = await reviewProject(tempDir(), { 李明: 'reviewer' });
    const reviewer = windows['李明']!;
    const id = ids[0]!;
    const valueId = valueOf(project.db, id);
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
