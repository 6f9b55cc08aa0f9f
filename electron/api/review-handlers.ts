import type { reviewContract } from '../../shared/contract/review-contract';
import { assignArticles } from '../services/assignment';
import { addComment, listComments } from '../services/comments';
import { dashboardStats } from '../services/dashboard';
import {
  createProfile,
  currentProfile,
  listPublicProfiles,
  signIn,
  signOut,
  updateProfile,
} from '../services/profiles';
import { exportHistory, history } from '../services/history';
import { reviewDiff } from '../services/review-diff';
import { transitionArticle } from '../services/workflow';
import { projectSettings, updateProjectSettings } from '../services/project-settings';
import type { HandlerContext, SessionHandlers } from './handlers';

type ReviewHandlers = Pick<SessionHandlers, keyof typeof reviewContract>;

/**
 * Profiles, sessions, the review workflow, history, settings and the dashboard: thin calls into
 * the services, each with the session of the window that called.
 */
export function createReviewHandlers(context: HandlerContext): ReviewHandlers {
  const { project, throttle } = context;
  const { db } = project;
  return {
    'profiles.list': () => listPublicProfiles(db),
    'profiles.create': (input, session) => createProfile(db, input, session),
    'profiles.update': (input, session) => updateProfile(db, input, session),
    'session.get': (_input, session) => ({ profile: session.profile }),
    'session.signIn': (input, session) => ({ profile: signIn(db, input, session, throttle) }),
    'session.signOut': (_input, session) => ({ profile: signOut(session) }),
    'articles.transition': (input, session) =>
      transitionArticle(db, input, currentProfile(db, session)),
    'articles.assign': (input, session) => assignArticles(db, input, currentProfile(db, session)),
    'comments.list': (input) => listComments(db, input.articleId),
    'comments.add': (input, session) => addComment(db, input, currentProfile(db, session).name),
    'review.diff': (input) => reviewDiff(db, input.articleId),
    'history.list': (input) => history(db, input),
    'history.export': (input) => exportHistory(db, input),
    'settings.get': () => projectSettings(db),
    'settings.update': (input, session) => updateProjectSettings(db, input, session.actor),
    'dashboard.stats': (input) => dashboardStats(db, input),
  };
}
