import { articleFilterSchema, type ArticleFilter } from '../../shared/contract/articles';
import type { SavedSearch } from '../../shared/contract/search';
import { apiError } from '../../shared/contract/error-messages';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** The saved_searches table (services/saved-searches.ts holds the rules and the audit). */

/** A stored row: the filter is its JSON text, as saved. */
export interface SavedSearchRow {
  id: number;
  name: string;
  filter: string;
  createdBy: string;
  createdAt: string;
}

const columns = 'id, name, filter, created_by AS createdBy, created_at AS createdAt';

export function toSavedSearch(row: SavedSearchRow): SavedSearch {
  // Stored by save() after validation; parsed again so an old or hand-edited row cannot smuggle
  // an unknown key into the SQL filter.
  return { ...row, filter: articleFilterSchema.parse(JSON.parse(row.filter)) };
}

const all = prepare<[], SavedSearchRow>(
  `SELECT ${columns} FROM saved_searches ORDER BY name COLLATE NOCASE, id`,
);

/** Every saved search by name (case-insensitive). */
export function allSavedSearches(db: ProjectDatabase): SavedSearch[] {
  return all.all(db).map(toSavedSearch);
}

const byId = prepare<[id: number], SavedSearchRow>(
  `SELECT ${columns} FROM saved_searches WHERE id = ?`,
);

/** The saved search `id`, or not-found naming it. */
export function savedSearchById(db: ProjectDatabase, id: number): SavedSearch {
  const row = byId.get(db, id);
  if (!row) throw apiError('saved-search-missing', { id });
  return toSavedSearch(row);
}

const byName = prepare<[name: string], SavedSearchRow>(
  `SELECT ${columns} FROM saved_searches WHERE name = ?`,
);

/** The stored row of exactly this name, if any. */
export function savedSearchRowNamed(db: ProjectDatabase, name: string): SavedSearchRow | undefined {
  return byName.get(db, name);
}

const insert = prepare<[name: string, filter: string, createdBy: string, createdAt: string]>(
  'INSERT INTO saved_searches (name, filter, created_by, created_at) VALUES (?, ?, ?, ?)',
);

export function insertSavedSearch(
  db: ProjectDatabase,
  search: { name: string; filter: ArticleFilter },
  createdBy: string,
  at: string,
): number {
  return Number(
    insert.run(db, search.name, JSON.stringify(search.filter), createdBy, at).lastInsertRowid,
  );
}

const setFilter = prepare<[filter: string, id: number]>(
  'UPDATE saved_searches SET filter = ? WHERE id = ?',
);

export function replaceSavedSearchFilter(
  db: ProjectDatabase,
  id: number,
  filter: ArticleFilter,
): void {
  setFilter.run(db, JSON.stringify(filter), id);
}

const deleteById = prepare<[id: number]>('DELETE FROM saved_searches WHERE id = ?');

export function deleteSavedSearchRow(db: ProjectDatabase, id: number): void {
  deleteById.run(db, id);
}
