import type { reviewContract } from '../../shared/contract/review';
import { addComment, listComments, resolveThread } from '../services/comments';
import { exportHistory, history } from '../services/history';
import { currentProfile } from '../services/profiles';
import { reviewDiff } from '../services/review-diff';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** Comments, the review diff and the audit log (shared/contract/review.ts). */
export function createReviewHandlers(
  context: HandlerContext,
): DomainHandlers<typeof reviewContract> {
  const { db } = context.project;
  return {
    'comments.list': (input) => listComments(db, input.articleId),
    'comments.add': (input, session) => addComment(db, input, currentProfile(db, session).name),
    'comments.resolve': (input, session) =>
      resolveThread(db, input, currentProfile(db, session).name),
    'review.diff': (input) => reviewDiff(db, input.articleId),
    'history.list': (input) => history(db, input),
    'history.export': (input) => exportHistory(db, input),
  };
}
