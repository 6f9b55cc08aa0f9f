import type { Handlers } from '../../shared/contract/contract';
import type { curationContract } from '../../shared/contract/curation-contract';
import { listArticles } from '../database/articles-repository';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../services/saved-searches';
import {
  addValue,
  attachSpan,
  detachSpan,
  editValue,
  revertValue,
  revertValues,
  removeValue,
  reorderValues,
} from '../services/value-editing';
import { setValueStates } from '../services/value-review';
import type { HandlerContext } from './handlers';

type CurationHandlers = Pick<Handlers, keyof typeof curationContract>;

/** Listing, searching and editing values: thin calls into the curation services. */
export function createCurationHandlers(context: HandlerContext): CurationHandlers {
  const { project } = context;
  const { db } = project;
  return {
    'articles.list': (input) => listArticles(db, input),
    'values.edit': (input) => editValue(db, input, context.actor),
    'values.revert': (input) => revertValue(db, input, context.actor),
    'values.setStates': (input) => setValueStates(db, input.items, context.actor),
    'values.revertMany': (input) => revertValues(db, input.items, context.actor),
    'values.add': (input) => addValue(db, input, context.actor),
    'values.remove': (input) => removeValue(db, input, context.actor),
    'values.attachSpan': (input) => attachSpan(db, input, context.actor),
    'values.detachSpan': (input) => detachSpan(db, input, context.actor),
    'values.reorder': (input) => reorderValues(db, input, context.actor),
    'searches.list': () => listSavedSearches(db),
    'searches.save': (input) => saveSearch(db, input, context.actor),
    'searches.delete': (input) => deleteSavedSearch(db, input.id, context.actor),
  };
}
