import { describe, expect, it } from 'vitest';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-access-undo-');

describe('undoing a page correction', () => {
  it('is the work of the curator the article is assigned to, like the correction itself', async () => {
    const { project, admin, windows } = await reviewProject(tempDir(), {
      王芳: 'curator',
      赵敏: 'curator',
    });
    const page = (
      project.db
        .prepare('SELECT id FROM articles WHERE document_id = 3 ORDER BY ordinal')
        .all() as {
        id: number;
      }[]
    ).map((r) => r.id);
    const owner = windows['王芳']!;
    const other = windows['赵敏']!;
    const wang = (await admin.call('profiles.list', {})).find((p) => p.name === '王芳')!;
    await admin.call('articles.assign', { assigneeId: wang.id, articleIds: page });
    const merge = await owner.call('articles.merge', { articleIds: [page[0]!, page[1]!] });
    // Another curator may not correct the page…
    const splitting = await failure(other.call('articles.split', { articleId: page[0]!, at: 10 }));
    expect(splitting.message).toContain('is assigned to 王芳');
    // …nor take the merge back.
    const undoing = await failure(
      other.call('articles.undoCorrection', { correctionId: merge.correctionId! }),
    );
    expect(undoing.code).toBe('forbidden');
    expect(undoing.message).toContain('is assigned to 王芳');
    await expect(
      owner.call('articles.undoCorrection', { correctionId: merge.correctionId! }),
    ).resolves.toMatchObject({ articleIds: page });
    project.close();
  });
});
