import type { articlesContract } from '../../shared/contract/articles';
import { getArticle, listArticles } from '../database/articles-repository';
import { articleFields } from '../services/article-fields';
import { refreshLearnedSuggestions } from '../services/learned-suggestions';
import { assignArticles } from '../services/assignment';
import { currentProfile } from '../services/profiles';
import { mergeArticles, moveRange, splitArticle } from '../services/segmentation-corrections';
import { undoCorrection } from '../services/segmentation-undo';
import { transitionArticle } from '../services/workflow';
import type { DomainHandlers, HandlerContext } from './handler-context';

/**
 * Listing and reading articles, segmentation corrections and the review workflow
 * (shared/contract/articles.ts): thin calls into the services.
 */
export function createArticlesHandlers(
  context: HandlerContext,
): DomainHandlers<typeof articlesContract> {
  const { db } = context.project;
  return {
    'articles.list': (input) => listArticles(db, input),
    'articles.get': (input) => getArticle(db, input.id),
    'articles.fields': (input, session) => {
      // Opening an article after new decisions brings its learned suggestions up to date; a
      // signed-out window changes nothing, so it reads them as they are.
      if (session.profile) refreshLearnedSuggestions(db, input.id, session.actor);
      return articleFields(db, input.id);
    },
    'articles.split': (input, session) => splitArticle(db, input, session.actor),
    'articles.merge': (input, session) => mergeArticles(db, input, session.actor),
    'articles.moveRange': (input, session) => moveRange(db, input, session.actor),
    'articles.undoCorrection': (input, session) => undoCorrection(db, input, session.actor),
    'articles.transition': (input, session) =>
      transitionArticle(db, input, currentProfile(db, session)),
    'articles.assign': (input, session) => assignArticles(db, input, currentProfile(db, session)),
  };
}
