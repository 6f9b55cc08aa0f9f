import type { searchContract } from '../../shared/contract/search';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../services/saved-searches';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** Saved searches (shared/contract/search.ts). */
export function createSearchHandlers(
  context: HandlerContext,
): DomainHandlers<typeof searchContract> {
  const { db } = context.project;
  return {
    'searches.list': () => listSavedSearches(db),
    'searches.save': (input, session) => saveSearch(db, input, session.actor),
    'searches.delete': (input, session) => deleteSavedSearch(db, input.id, session.actor),
  };
}
