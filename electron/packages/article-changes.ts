import type { ArticleRow, SideRows } from '../database/packages-repository';
import type { PackageStamp } from './package-stamp';

/** What one side changed about an article since the stamp. */
export type ArticleChange = 'state' | 'values' | 'comments';

export interface SideArticleChanges {
  /** Per carried article: the kinds of change made to it on this side. */
  byArticle: Map<number, ArticleChange[]>;
  /** Pages with an article changed on this side (in any of those ways). */
  pages: Set<number>;
  /** New comments per article, for the conflict's words. */
  comments: Map<number, number>;
}

export function stateKey(a: ArticleRow): string {
  return `${a.status}\u0000${a.assigneeName ?? ''}`;
}

export function stampedStateKey(stamp: PackageStamp, articleId: number): string | undefined {
  const stamped = stamp.articles[articleId];
  return stamped && `${stamped.status}\u0000${stamped.assignee ?? ''}`;
}

/**
 * The kinds of change each carried article went through on one side since the stamp: its
 * workflow state, its values (`changedValues`, compared in SQLite) and new comments on it. Two
 * sides changing the same article in different kinds (the project approved it, the package
 * edited its values) is a conflict even though no single row changed on both.
 */
export function articleChanges(
  stamp: PackageStamp,
  rows: SideRows,
  changedValues: ReadonlySet<number>,
): SideArticleChanges {
  const stampedComments = new Set(stamp.comments);
  const comments = new Map<number, number>();
  for (const c of rows.comments)
    if (!stampedComments.has(c.id)) comments.set(c.articleId, (comments.get(c.articleId) ?? 0) + 1);
  const byArticle = new Map<number, ArticleChange[]>();
  const pages = new Set<number>();
  for (const a of rows.articles) {
    const was = stampedStateKey(stamp, a.id);
    if (was === undefined) continue;
    const kinds: ArticleChange[] = [];
    if (stateKey(a) !== was) kinds.push('state');
    if (changedValues.has(a.id)) kinds.push('values');
    if (comments.has(a.id)) kinds.push('comments');
    if (kinds.length === 0) continue;
    byArticle.set(a.id, kinds);
    pages.add(a.documentId);
  }
  return { byArticle, pages, comments };
}

/** The kinds of change that contradict each other when made on different sides. */
const crossing: readonly (readonly [ArticleChange, ArticleChange])[] = [
  ['state', 'values'],
  ['state', 'comments'],
];

/**
 * Whether the sides changed the article in ways that contradict: one decided about it (approved,
 * sent back, assigned, submitted) while the other changed what was decided on (its values) or
 * asked something about it (a comment). A state both sides moved to the same place is agreed,
 * not a decision of one side. Values against values and state against state are compared row
 * by row instead; comments are only ever added, so comments of both sides never contradict, nor
 * do comments and values.
 */
export function crossChanged(
  ours: readonly ArticleChange[] | undefined,
  theirs: readonly ArticleChange[] | undefined,
  sameState: boolean,
): boolean {
  if (!ours || !theirs) return false;
  const mine = sameState ? ours.filter((k) => k !== 'state') : ours;
  const other = sameState ? theirs.filter((k) => k !== 'state') : theirs;
  return crossing.some(
    ([a, b]) => (mine.includes(a) && other.includes(b)) || (mine.includes(b) && other.includes(a)),
  );
}

/** An article's changes in words, as a conflict side shows them. */
export function describeChanges(
  article: ArticleRow,
  kinds: readonly ArticleChange[],
  newComments: number,
): string {
  const words = [`${article.status}${article.assigneeName ? ` · ${article.assigneeName}` : ''}`];
  if (!kinds.includes('state')) words[0] += ' (unchanged)';
  if (kinds.includes('values')) words.push('values edited');
  if (newComments > 0) words.push(`${newComments} new comment${newComments > 1 ? 's' : ''}`);
  return words.join('; ');
}
