import type { Handlers } from '../../shared/contract/contract';
import { ApiError } from '../../shared/contract/errors';
import type { reviewContract } from '../../shared/contract/review-contract';
import type { HandlerContext } from './handlers';

type ReviewHandlers = Pick<Handlers, keyof typeof reviewContract>;

const notYet = (): never => {
  throw new ApiError('internal', 'Not built yet.');
};

/** Profiles, the review workflow, history and the dashboard: thin calls into the services. */
export function createReviewHandlers(context: HandlerContext): ReviewHandlers {
  const { session } = context;
  return {
    'profiles.list': notYet,
    'profiles.create': notYet,
    'profiles.update': notYet,
    'session.get': () => ({ profile: session.profile }),
    'session.signIn': notYet,
    'session.signOut': notYet,
    'articles.transition': notYet,
    'articles.assign': notYet,
    'comments.list': notYet,
    'comments.add': notYet,
    'review.diff': notYet,
    'history.list': notYet,
    'history.export': notYet,
    'dashboard.stats': notYet,
  };
}
