import { describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../database/open-project';
import { curatedSeedProject, pageArticles } from '../test-support/curated-page';
import {
  curatorAndReviewer,
  firstValue,
  revisionOf,
  transition,
} from '../test-support/review-fixtures';
import { failure } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';
import { addComment, listComments, resolveThread } from './comments';
import { mergeArticles, splitArticle } from './segmentation-corrections';
import { undoCorrection } from './segmentation-undo';

const tempDir = useTempDir('gleaner-threads-');

/** The code points [start, end) of an article's first range, and their text. */
function spanIn(db: ProjectDatabase, articleId: number, offset: number, length: number) {
  const { start, text } = db
    .prepare(
      `SELECT r.start, d.text FROM article_ranges r JOIN articles a ON a.id = r.article_id
       JOIN documents d ON d.id = a.document_id WHERE r.article_id = ? ORDER BY r.start LIMIT 1`,
    )
    .get(articleId) as { start: number; text: string };
  const from = start + offset;
  return {
    start: from,
    end: from + length,
    text: Array.from(text)
      .slice(from, from + length)
      .join(''),
  };
}

describe('comment threads', () => {
  it('start on an article, a value or a span of text, and take replies into the same thread', async () => {
    const { project, reviewer, curator, ids } = await curatorAndReviewer(tempDir());
    const [id, other] = [ids[0]!, ids[1]!];
    const valueId = firstValue(project.db, id).id;
    const span = spanIn(project.db, id, 3, 4);
    const onArticle = await reviewer.call('comments.add', { articleId: id, body: '整体再看一遍' });
    const onValue = await reviewer.call('comments.add', { articleId: id, valueId, body: '值不全' });
    const onSpan = await reviewer.call('comments.add', {
      articleId: id,
      span: { start: span.start, end: span.end, text: span.text },
      body: '这几个字',
    });
    expect(onSpan.span).toEqual(span);
    expect([onArticle, onValue].map((c) => [c.valueId, c.span, c.replyTo])).toEqual([
      [null, null, null],
      [valueId, null, null],
    ]);
    const reply = await curator.call('comments.add', {
      articleId: id,
      replyTo: onValue.id,
      body: '已补全',
    });
    // Replying to a reply joins the thread itself.
    const second = await reviewer.call('comments.add', {
      articleId: id,
      replyTo: reply.id,
      body: '好',
    });
    expect([reply.replyTo, second.replyTo]).toEqual([onValue.id, onValue.id]);
    expect(
      (await curator.call('comments.list', { articleId: id })).map((c) => [c.id, c.author]),
    ).toEqual([
      [onArticle.id, '李明'],
      [onValue.id, '李明'],
      [onSpan.id, '李明'],
      [reply.id, '王芳'],
      [second.id, '李明'],
    ]);

    const refusals = await Promise.all([
      failure(
        reviewer.call('comments.add', {
          articleId: id,
          span: { ...span, text: '别的字' },
          body: 'x',
        }),
      ),
      failure(
        reviewer.call('comments.add', {
          articleId: id,
          span: { start: 999_999, end: 1_000_000 },
          body: 'x',
        }),
      ),
      failure(reviewer.call('comments.add', { articleId: id, valueId, span, body: 'x' })),
      failure(
        reviewer.call('comments.add', { articleId: id, replyTo: onValue.id, valueId, body: 'x' }),
      ),
      failure(reviewer.call('comments.add', { articleId: other, replyTo: onValue.id, body: 'x' })),
    ]);
    expect(refusals.map((e) => [e.code, e.issues?.[0]?.split(':')[0]])).toEqual([
      ['invalid-input', 'span.text'],
      ['invalid-input', 'spans'],
      ['invalid-input', 'span'],
      ['invalid-input', 'valueId'],
      ['invalid-input', 'replyTo'],
    ]);
    expect(
      (await failure(reviewer.call('comments.add', { articleId: id, replyTo: 999_999, body: 'x' })))
        .code,
    ).toBe('not-found');
    expect(listComments(project.db, id)).toHaveLength(5);
    project.close();
  });

  it('counts code points, so a span after characters outside the BMP reads the right text', async () => {
    const { project, curator, ids } = await curatorAndReviewer(tempDir());
    const id = ids[0]!;
    // Astral characters in place of every tenth character: code-point offsets stay where they
    // were, UTF-16 offsets move (a span read in UTF-16 would drift).
    const { documentId, text } = project.db
      .prepare(
        'SELECT d.id AS documentId, d.text FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?',
      )
      .get(id) as { documentId: number; text: string };
    const points = [...text].map((c, i) => (i % 10 === 0 && c !== '\n' ? '𠀀' : c));
    project.db
      .prepare('UPDATE documents SET text = ? WHERE id = ?')
      .run(points.join(''), documentId);
    const span = spanIn(project.db, id, 8, 5);
    expect(span.text).toContain('𠀀');
    const made = await curator.call('comments.add', { articleId: id, span, body: '𠀀 这里 🙂' });
    expect(made.span).toEqual(span);
    expect(made.body).toBe('𠀀 这里 🙂');
    project.close();
  });

  it('are resolved and reopened by anyone, recorded with who and when, and counted in the article list', async () => {
    const { project, reviewer, curator, admin, ids } = await curatorAndReviewer(tempDir());
    const [id, other] = [ids[0]!, ids[1]!];
    const first = await reviewer.call('comments.add', { articleId: id, body: '一' });
    const reply = await curator.call('comments.add', {
      articleId: id,
      replyTo: first.id,
      body: '回复',
    });
    await reviewer.call('comments.add', { articleId: id, body: '二' });
    const openOf = async (articleId: number) =>
      (await admin.call('articles.list', {})).items.find((a) => a.id === articleId)!.openComments;
    expect([await openOf(id), await openOf(other)]).toEqual([2, 0]);
    expect(
      (await admin.call('articles.list', { openComments: true })).items.map((a) => a.id),
    ).toEqual([id]);

    const resolved = await curator.call('comments.resolve', { threadId: first.id, resolved: true });
    expect(resolved).toMatchObject({ resolvedBy: '王芳', resolvedAt: expect.any(String) });
    expect(await openOf(id)).toBe(1);
    // Resolving it again changes nothing and records nothing.
    await curator.call('comments.resolve', { threadId: first.id, resolved: true });
    const reopened = await reviewer.call('comments.resolve', {
      threadId: first.id,
      resolved: false,
    });
    expect(reopened).toMatchObject({ resolvedBy: null, resolvedAt: null });
    expect(await openOf(id)).toBe(2);
    const replyRefused = await failure(
      curator.call('comments.resolve', { threadId: reply.id, resolved: true }),
    );
    expect(replyRefused.code).toBe('invalid-input');
    expect(replyRefused.message).toContain(`thread (comment ${first.id})`);

    const audit = project.db
      .prepare(
        "SELECT actor, action, json_extract(after, '$.article') AS article FROM audit WHERE entity = 'comment' AND entity_id = ? ORDER BY id",
      )
      .all(first.id);
    expect(audit).toEqual([
      { actor: '李明', action: 'add', article: id },
      { actor: '王芳', action: 'resolve', article: id },
      { actor: '李明', action: 'reopen', article: id },
    ]);
    // The article's history shows them (rows naming the article).
    const history = await admin.call('history.list', { articleId: id });
    expect(history.items.filter((h) => h.entity === 'comment').map((h) => h.action)).toEqual([
      'reopen',
      'resolve',
      'add',
      'add',
      'add',
    ]);
    project.close();
  });

  it('start resolved when they are an approval note, and open when they ask for changes', async () => {
    const { project, reviewer, curator, ids } = await curatorAndReviewer(tempDir());
    const id = ids[0]!;
    await transition(curator, id, revisionOf(project.db, id), 'submit');
    await transition(reviewer, id, revisionOf(project.db, id), 'requestChanges', {
      comment: '请核对床位',
    });
    await transition(curator, id, revisionOf(project.db, id), 'submit');
    await transition(reviewer, id, revisionOf(project.db, id), 'approve', { comment: '好了' });
    const threads = await reviewer.call('comments.list', { articleId: id });
    expect(threads.map((c) => [c.kind, c.resolvedBy])).toEqual([
      ['changes_requested', null],
      ['approved', '李明'],
    ]);
    project.close();
  });
});

describe('comment threads carried by segmentation corrections', () => {
  it('go with their value or their span when a split moves them, replies with them, and come back on undo', () => {
    const { project, page, documentId } = curatedSeedProject(tempDir());
    const db = project.db;
    const articleId = page[1]!;
    const [range] = pageArticles(db, documentId).find((a) => a.id === articleId)!.ranges;
    const valueSpans = db
      .prepare(
        `SELECT v.id, min(s.start) AS start, max(s.end) AS end FROM field_values v
           JOIN value_spans s ON s.value_id = v.id WHERE v.article_id = ? GROUP BY v.id ORDER BY start`,
      )
      .all(articleId) as { id: number; start: number; end: number }[];
    const late = valueSpans.findLast((v) => v.start > range!.start + 20 && v.end < range!.end)!;
    const cut = late.start;
    // Nothing of the late value before the cut, something of the article before it.
    expect(valueSpans.some((v) => v.end <= cut)).toBe(true);
    const early = valueSpans.find((v) => v.end <= cut)!;
    const onLate = addComment(db, { articleId, valueId: late.id, body: '后半篇的值' }, 'reviewer');
    const onEarly = addComment(
      db,
      { articleId, valueId: early.id, body: '前半篇的值' },
      'reviewer',
    );
    const onTailText = addComment(
      db,
      { articleId, span: { start: late.end, end: late.end + 1 }, body: '后半篇的字' },
      'reviewer',
    );
    const reply = addComment(db, { articleId, replyTo: onTailText.id, body: '回复' }, 'curator');
    const onArticle = addComment(db, { articleId, body: '整篇' }, 'reviewer');

    const result = splitArticle(db, { articleId, at: cut }, 'curator');
    const tail = result.articleIds.find((id) => !page.includes(id))!;
    const articleOf = (id: number) =>
      (db.prepare('SELECT article_id AS a FROM comments WHERE id = ?').get(id) as { a: number }).a;
    expect([onLate, onEarly, onTailText, reply, onArticle].map((c) => articleOf(c.id))).toEqual([
      tail,
      articleId,
      tail,
      tail,
      articleId,
    ]);
    expect(result.effect.commentsMoving).toBe(3);
    // The span's text is read from the document: unchanged by the split.
    expect(listComments(db, tail).find((c) => c.id === onTailText.id)!.span).toEqual(
      onTailText.span,
    );

    undoCorrection(db, { correctionId: result.correctionId! }, 'curator');
    expect([onLate, onTailText, reply].map((c) => articleOf(c.id))).toEqual([
      articleId,
      articleId,
      articleId,
    ]);
    project.close();
  });

  it('go with the article that absorbs theirs on a merge, resolution and replies kept', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const db = project.db;
    const [keep, absorb] = page as [number, number];
    const thread = addComment(db, { articleId: absorb, body: '被合并的文章' }, 'reviewer');
    resolveThread(db, { threadId: thread.id, resolved: true }, 'curator');
    addComment(db, { articleId: absorb, replyTo: thread.id, body: '回复' }, 'curator');
    mergeArticles(db, { articleIds: [keep, absorb] }, 'curator');
    const moved = listComments(db, keep).filter(
      (c) => c.id === thread.id || c.replyTo === thread.id,
    );
    expect(moved.map((c) => [c.articleId, c.resolvedBy])).toEqual([
      [keep, 'curator'],
      [keep, null],
    ]);
    project.close();
  });
});
