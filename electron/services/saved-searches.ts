import { articleFilterSchema, type ArticleFilter } from '../../shared/contract/articles';
import { type SavedSearch } from '../../shared/contract/search';
import { apiError } from '../../shared/contract/error-messages';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import {
  allSavedSearches,
  deleteSavedSearchRow,
  insertSavedSearch,
  replaceSavedSearchFilter,
  savedSearchById,
  savedSearchRowNamed,
  toSavedSearch,
} from '../database/saved-searches-repository';

/**
 * Named article filters ("待审 – 王芳", "no hospital yet"), shared by everyone on the project.
 * The list, bulk assignment and export apply the same filter, so a saved search selects the
 * same articles everywhere. Saving under an existing name replaces that search's filter.
 */

export function listSavedSearches(db: ProjectDatabase): SavedSearch[] {
  return allSavedSearches(db);
}

export function getSavedSearch(db: ProjectDatabase, id: number): SavedSearch {
  return savedSearchById(db, id);
}

/** The saved search of this name (exact, as shown in the list), or not-found naming it. */
export function savedSearchNamed(db: ProjectDatabase, name: string): SavedSearch {
  const row = savedSearchRowNamed(db, name.trim());
  if (!row) throw apiError('saved-search-name-missing', { name });
  return toSavedSearch(row);
}

export function saveSearch(
  db: ProjectDatabase,
  input: { name: string; filter: ArticleFilter },
  actor: string,
): SavedSearch {
  const name = input.name.trim();
  const filter = articleFilterSchema.parse(input.filter);
  return auditedWrite(db, actor, (write) => {
    const existing = savedSearchRowNamed(db, name);
    let id: number;
    if (existing) {
      id = existing.id;
      replaceSavedSearchFilter(db, id, filter);
    } else {
      id = insertSavedSearch(db, { name, filter }, actor, write.at);
    }
    write.audit({
      entity: 'saved-search',
      entityId: id,
      action: existing ? 'replace' : 'save',
      before: existing ? { name, filter: JSON.parse(existing.filter) as unknown } : undefined,
      after: { name, filter },
    });
    return getSavedSearch(db, id);
  });
}

export function deleteSavedSearch(
  db: ProjectDatabase,
  id: number,
  actor: string,
): { id: number; deleted: true } {
  return auditedWrite(db, actor, (write) => {
    const search = getSavedSearch(db, id);
    deleteSavedSearchRow(db, id);
    write.audit({
      entity: 'saved-search',
      entityId: id,
      action: 'delete',
      before: { name: search.name, filter: search.filter },
    });
    return { id, deleted: true as const };
  });
}
