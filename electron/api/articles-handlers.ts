import type { articlesContract } from '../../shared/contract/articles';
import { getArticle, listArticles } from '../database/articles-repository';
import { articleFields } from '../services/article-fields';
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
    'articles.fields': (input) => articleFields(db, input.id),
    'articles.split': (input, session) => splitArticle(db, input, session.actor),
    'articles.merge': (input, session) => mergeArticles(db, input, session.actor),
    'articles.moveRange': (input, session) => moveRange(db, input, session.actor),
    'articles.undoCorrection': (input, session) => undoCorrection(db, input, session.actor),
    'articles.transition': (input, session) =>
      transitionArticle(db, input, currentProfile(db, session)),
    'articles.assign': (input, session) => assignArticles(db, input, currentProfile(db, session)),
  };
}
