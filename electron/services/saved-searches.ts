import { articleFilterSchema, type ArticleFilter } from '../../shared/contract/articles';
import { type SavedSearch } from '../../shared/contract/search';
import { ApiError } from '../../shared/contract/errors';
import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import { statement } from '../database/statement-cache';

/**
 * Named article filters ("待审 – 王芳", "no hospital yet"), shared by everyone on the project.
 * The list, bulk assignment and export apply the same filter, so a saved search selects the
 * same articles everywhere. Saving under an existing name replaces that search's filter.
 */

interface Row {
  id: number;
  name: string;
  filter: string;
  createdBy: string;
  createdAt: string;
}

const columns = 'id, name, filter, created_by AS createdBy, created_at AS createdAt';

function toSearch(row: Row): SavedSearch {
  // Stored by save() after validation; parsed again so an old or hand-edited row cannot smuggle
  // an unknown key into the SQL filter.
  return { ...row, filter: articleFilterSchema.parse(JSON.parse(row.filter)) };
}

export function listSavedSearches(db: ProjectDatabase): SavedSearch[] {
  return (
    statement(
      db,
      `SELECT ${columns} FROM saved_searches ORDER BY name COLLATE NOCASE, id`,
    ).all() as Row[]
  ).map(toSearch);
}

export function getSavedSearch(db: ProjectDatabase, id: number): SavedSearch {
  const row = statement(db, `SELECT ${columns} FROM saved_searches WHERE id = ?`).get(id) as
    Row | undefined;
  if (!row) throw new ApiError('not-found', `There is no saved search ${id} in this project.`);
  return toSearch(row);
}

/** The saved search of this name (exact, as shown in the list), or not-found naming it. */
export function savedSearchNamed(db: ProjectDatabase, name: string): SavedSearch {
  const row = statement(db, `SELECT ${columns} FROM saved_searches WHERE name = ?`).get(
    name.trim(),
  ) as Row | undefined;
  if (!row) throw new ApiError('not-found', `There is no saved search named "${name}".`);
  return toSearch(row);
}

export function saveSearch(
  db: ProjectDatabase,
  input: { name: string; filter: ArticleFilter },
  actor: string,
): SavedSearch {
  const name = input.name.trim();
  const filter = articleFilterSchema.parse(input.filter);
  return db.transaction(() => {
    const at = new Date().toISOString();
    const existing = statement(db, `SELECT ${columns} FROM saved_searches WHERE name = ?`).get(
      name,
    ) as Row | undefined;
    let id: number;
    if (existing) {
      id = existing.id;
      statement(db, 'UPDATE saved_searches SET filter = ? WHERE id = ?').run(
        JSON.stringify(filter),
        id,
      );
    } else {
      id = Number(
        statement(
          db,
          'INSERT INTO saved_searches (name, filter, created_by, created_at) VALUES (?, ?, ?, ?)',
        ).run(name, JSON.stringify(filter), actor, at).lastInsertRowid,
      );
    }
    appendAudit(
      db,
      {
        actor,
        entity: 'saved-search',
        entityId: id,
        action: existing ? 'replace' : 'save',
        before: existing ? { name, filter: JSON.parse(existing.filter) as unknown } : undefined,
        after: { name, filter },
      },
      at,
    );
    return getSavedSearch(db, id);
  })();
}

export function deleteSavedSearch(
  db: ProjectDatabase,
  id: number,
  actor: string,
): { id: number; deleted: true } {
  return db.transaction(() => {
    const search = getSavedSearch(db, id);
    statement(db, 'DELETE FROM saved_searches WHERE id = ?').run(id);
    appendAudit(db, {
      actor,
      entity: 'saved-search',
      entityId: id,
      action: 'delete',
      before: { name: search.name, filter: search.filter },
    });
    return { id, deleted: true as const };
  })();
}
