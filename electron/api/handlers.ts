import type { Handlers } from '../../shared/contract/contract';
import { getArticle, listArticles } from '../database/articles-repository';
import type { Project } from '../services/project';

/**
 * The contract's methods, implemented by calling services. Kept thin on purpose: business logic
 * lives in the services and repositories, which tests call directly.
 */
export function createHandlers(project: Project): Handlers {
  return {
    'project.info': () => project.info(),
    'articles.list': (input) => listArticles(project.db, input),
    'articles.get': (input) => getArticle(project.db, input.id),
  };
}
