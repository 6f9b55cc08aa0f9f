import { describe, expect, it } from 'vitest';
import type { CommentPayload } from '../../../shared/contract/review';
import { groupThreads, threadsByValue } from './threads';

const comment = (id: number, more: Partial<CommentPayload> = {}): CommentPayload => ({
  id,
  articleId: 1,
  valueId: null,
  author: '李明',
  kind: 'comment',
  body: `第${id}条`,
  at: `2026-01-0${id}T00:00:00.000Z`,
  replyTo: null,
  span: null,
  resolvedAt: null,
  resolvedBy: null,
  ...more,
});

describe('comment threads in the renderer', () => {
  it('group replies under their thread, open threads first', () => {
    const threads = groupThreads([
      comment(1, { resolvedAt: 'x', resolvedBy: '王芳' }),
      comment(2, { valueId: 7 }),
      comment(3, { replyTo: 1 }),
      comment(4, { replyTo: 2 }),
      comment(5, { replyTo: 2 }),
    ]);
    expect(threads.map((t) => [t.root.id, t.open, t.replies.map((r) => r.id)])).toEqual([
      [2, true, [4, 5]],
      [1, false, [3]],
    ]);
  });

  it('count the threads on each value, and the open ones', () => {
    const threads = groupThreads([
      comment(1, { valueId: 7 }),
      comment(2, { valueId: 7, resolvedAt: 'x', resolvedBy: 'y' }),
      comment(3, { valueId: 8 }),
      comment(4, { replyTo: 3 }),
    ]);
    expect(Object.fromEntries(threadsByValue(threads))).toEqual({
      7: { all: 2, open: 1 },
      8: { all: 1, open: 1 },
    });
  });
});
