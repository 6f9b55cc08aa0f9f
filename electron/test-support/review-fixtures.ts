import type { MethodInput, MethodOutput } from '../../shared/contract/contract';
import type { ProjectDatabase } from '../database/open-project';
import { reviewProject, type Window } from './review-project';

/** The seeded review project most workflow tests need: 王芳 curates, 李明 reviews. */
export async function curatorAndReviewer(dir: string) {
  const review = await reviewProject(dir, { 王芳: 'curator', 李明: 'reviewer' });
  return { ...review, curator: review.windows['王芳']!, reviewer: review.windows['李明']! };
}

type TransitionInput = MethodInput<'articles.transition'>;

/**
 * One workflow step on an article, sent at `revision` (the one the window last saw), through the
 * API as the renderer sends it.
 */
export function transition(
  window: Window,
  articleId: number,
  revision: number,
  action: TransitionInput['action'],
  note: Pick<TransitionInput, 'comment' | 'valueId'> = {},
): Promise<MethodOutput<'articles.transition'>> {
  return window.call('articles.transition', { articleId, revision, action, ...note });
}

/** An article's revision as stored now: what a window that has just loaded it would send. */
export function revisionOf(db: ProjectDatabase, articleId: number): number {
  return (
    db.prepare('SELECT revision FROM articles WHERE id = ?').get(articleId) as { revision: number }
  ).revision;
}

/** An article's first value (by id); fails the test when the article has none. */
export function firstValue(
  db: ProjectDatabase,
  articleId: number,
): { id: number; fieldKey: string; revision: number } {
  const row = db
    .prepare(
      'SELECT id, field_key AS fieldKey, revision FROM field_values WHERE article_id = ? ORDER BY id LIMIT 1',
    )
    .get(articleId) as { id: number; fieldKey: string; revision: number } | undefined;
  if (!row) throw new Error(`article ${articleId} has no value`);
  return row;
}

/** A curator's decision on a value (accept, reject…), sent at the value's revision. */
export function setValueState(
  window: Window,
  value: { id: number; revision: number },
  state: MethodInput<'values.setState'>['state'],
): Promise<MethodOutput<'values.setState'>> {
  return window.call('values.setState', { valueId: value.id, state, revision: value.revision });
}
