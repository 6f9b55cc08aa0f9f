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
import type { HandlerContext, SessionHandlers } from './handlers';

type CurationHandlers = Pick<SessionHandlers, keyof typeof curationContract>;

/** Listing, searching and editing values: thin calls into the curation services. */
export function createCurationHandlers(context: HandlerContext): CurationHandlers {
  const { project } = context;
  const { db } = project;
  return {
    'articles.list': (input) => listArticles(db, input),
    'values.edit': (input, session) => editValue(db, input, session.actor),
    'values.revert': (input, session) => revertValue(db, input, session.actor),
    'values.setStates': (input, session) => setValueStates(db, input.items, session.actor),
    'values.revertMany': (input, session) => revertValues(db, input.items, session.actor),
    'values.add': (input, session) => addValue(db, input, session.actor),
    'values.remove': (input, session) => removeValue(db, input, session.actor),
    'values.attachSpan': (input, session) => attachSpan(db, input, session.actor),
    'values.detachSpan': (input, session) => detachSpan(db, input, session.actor),
    'values.reorder': (input, session) => reorderValues(db, input, session.actor),
    'searches.list': () => listSavedSearches(db),
    'searches.save': (input, session) => saveSearch(db, input, session.actor),
    'searches.delete': (input, session) => deleteSavedSearch(db, input.id, session.actor),
  };
}
