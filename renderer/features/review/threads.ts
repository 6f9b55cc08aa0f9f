import type { CommentPayload } from '../../../shared/contract/review';

/** A thread: its first comment (which carries the anchor and the resolution) and its replies. */
export interface Thread {
  root: CommentPayload;
  replies: CommentPayload[];
  open: boolean;
}

/** Comments (oldest first, as listed) grouped into threads, open threads first, each oldest first. */
export function groupThreads(comments: readonly CommentPayload[]): Thread[] {
  const threads = new Map<number, Thread>();
  for (const c of comments) {
    if (c.replyTo === null)
      threads.set(c.id, { root: c, replies: [], open: c.resolvedAt === null });
  }
  for (const c of comments) if (c.replyTo !== null) threads.get(c.replyTo)?.replies.push(c);
  const all = [...threads.values()];
  return [...all.filter((t) => t.open), ...all.filter((t) => !t.open)];
}

/** Threads per value (all of them, and the open ones), for the markers in the fields panel. */
export function threadsByValue(
  threads: readonly Thread[],
): Map<number, { all: number; open: number }> {
  const counts = new Map<number, { all: number; open: number }>();
  for (const t of threads) {
    if (t.root.valueId === null) continue;
    const count = counts.get(t.root.valueId) ?? { all: 0, open: 0 };
    count.all++;
    if (t.open) count.open++;
    counts.set(t.root.valueId, count);
  }
  return counts;
}

/** Where a new thread points: the article, one value, or a span of the stored text. */
export type ThreadAnchor =
  | { kind: 'article' }
  | { kind: 'value'; valueId: number }
  | { kind: 'span'; start: number; end: number; text: string };
