import type { Handlers } from '../../shared/contract/contract';
import type { curationContract } from '../../shared/contract/curation-contract';
import { ApiError } from '../../shared/contract/errors';
import { listArticles } from '../database/articles-repository';
import type { HandlerContext } from './handlers';

type CurationHandlers = Pick<Handlers, keyof typeof curationContract>;

const notYet = (): never => {
  throw new ApiError('internal', 'Not built yet.');
};

/** Listing, searching and editing values: thin calls into the curation services. */
export function createCurationHandlers(context: HandlerContext): CurationHandlers {
  const { project } = context;
  return {
    'articles.list': (input) => listArticles(project.db, input),
    'values.edit': notYet,
    'values.add': notYet,
    'values.remove': notYet,
    'values.attachSpan': notYet,
    'values.detachSpan': notYet,
    'values.reorder': notYet,
    'searches.list': notYet,
    'searches.save': notYet,
    'searches.delete': notYet,
  };
}
