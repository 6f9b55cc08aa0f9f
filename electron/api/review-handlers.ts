import type { Handlers } from '../../shared/contract/contract';
import type { reviewContract } from '../../shared/contract/review-contract';
import { assignArticles } from '../services/assignment';
import { addComment, listComments } from '../services/comments';
import { dashboardStats } from '../services/dashboard';
import {
  createProfile,
  currentProfile,
  listPublicProfiles,
  prepareSession,
  signIn,
  signOut,
  updateProfile,
} from '../services/profiles';
import { exportHistory, history } from '../services/history';
import { reviewDiff } from '../services/review-diff';
import { transitionArticle } from '../services/workflow';
import type { HandlerContext } from './handlers';

type ReviewHandlers = Pick<Handlers, keyof typeof reviewContract>;

/**
 * Profiles, the review workflow, history and the dashboard: thin calls into the services. A
 * project opened for the first time gets its first (admin) profile here, and a lone profile
 * without a passphrase is signed in, so a single user goes straight to work.
 */
export function createReviewHandlers(context: HandlerContext): ReviewHandlers {
  const { session, project } = context;
  const { db } = project;
  prepareSession(db, session);
  return {
    'profiles.list': () => listPublicProfiles(db),
    'profiles.create': (input) => createProfile(db, input, session),
    'profiles.update': (input) => updateProfile(db, input, session),
    'session.get': () => ({ profile: session.profile }),
    'session.signIn': (input) => ({ profile: signIn(db, input, session) }),
    'session.signOut': () => ({ profile: signOut(session) }),
    'articles.transition': (input) => transitionArticle(db, input, currentProfile(db, session)),
    'articles.assign': (input) => assignArticles(db, input, currentProfile(db, session)),
    'comments.list': (input) => listComments(db, input.articleId),
    'comments.add': (input) => addComment(db, input, currentProfile(db, session).name),
    'review.diff': (input) => reviewDiff(db, input.articleId),
    'history.list': (input) => history(db, input),
    'history.export': (input) => exportHistory(db, input),
    'dashboard.stats': (input) => dashboardStats(db, input),
  };
}
