import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { addComment, resolveThread } from '../services/comments';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage } from './merge-package';
import { withProject } from '../test-support/with-project';

const tempDir = useTempDir('gleaner-package-threads-');

/** The seeded project, a thread on its first article, and a package of that article's page. */
function packagedThread(dir: string) {
  const main = path.join(dir, 'main.gleaner');
  Project.open(main, { seedsDir: bundledSeedsDir }).close();
  const out = path.join(dir, 'pkg.gleaner');
  const { articleId, thread, span } = withProject(main, (db) => {
    const { id, start } = db
      .prepare(
        `SELECT a.id, r.start FROM articles a JOIN article_ranges r ON r.article_id = a.id
          ORDER BY a.id, r.start LIMIT 1`,
      )
      .get() as { id: number; start: number };
    const span = { start: start + 2, end: start + 6 };
    const thread = addComment(db, { articleId: id, span, body: '这几个字' }, '李明');
    const pageArticles = (
      db
        .prepare(
          'SELECT id FROM articles WHERE document_id = (SELECT document_id FROM articles WHERE id = ?)',
        )
        .all(id) as { id: number }[]
    ).map((r) => r.id);
    createWorkPackage(db, { selection: { articleIds: pageArticles }, out, actor: 'lead' });
    return { articleId: id, thread, span };
  });
  return { main, out, articleId, thread, span };
}

describe('comment threads in work packages', () => {
  it('travel with their span, take the replies and the resolution made in the package, once', () => {
    const { main, out, articleId, thread, span } = packagedThread(tempDir());
    withProject(out, (db) => {
      addComment(db, { articleId, replyTo: thread.id, body: '改好了' }, '王芳');
      const second = addComment(db, { articleId, body: '新线索' }, '王芳');
      addComment(db, { articleId, replyTo: second.id, body: '新线索的回复' }, '李明');
      resolveThread(db, { threadId: thread.id, resolved: true }, '王芳');
    });
    withProject(main, (db) => {
      expect(
        db.prepare('SELECT span_start, span_end FROM comments WHERE id = ?').get(thread.id),
      ).toEqual({ span_start: span.start, span_end: span.end });
      const result = mergeWorkPackage(db, { file: out, actor: 'lead' });
      expect(result).toMatchObject({ status: 'merged', summary: { comments: 3 } });
      const rows = db
        .prepare(
          `SELECT id, body, reply_to AS replyTo, resolved_by AS resolvedBy FROM comments
            WHERE article_id = ? ORDER BY id`,
        )
        .all(articleId) as {
        id: number;
        body: string;
        replyTo: number | null;
        resolvedBy: string | null;
      }[];
      const byBody = new Map(rows.map((r) => [r.body, r]));
      expect(byBody.get('这几个字')).toMatchObject({ replyTo: null, resolvedBy: '王芳' });
      expect(byBody.get('改好了')!.replyTo).toBe(thread.id);
      // A thread started in the package keeps its reply under the id the merge gave it.
      expect(byBody.get('新线索的回复')!.replyTo).toBe(byBody.get('新线索')!.id);
      expect(mergeWorkPackage(db, { file: out, actor: 'lead' }).status).not.toBe('conflicts');
      expect(
        db.prepare('SELECT count(*) FROM comments WHERE article_id = ?').pluck().get(articleId),
      ).toBe(4);
    });
  });
});
