import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { listArticles } from '../database/articles-repository';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import {
  deleteSavedSearch,
  getSavedSearch,
  listSavedSearches,
  saveSearch,
  savedSearchNamed,
} from './saved-searches';

const tempDir = useTempDir();

describe('saved searches', () => {
  it('saves, replaces by name, lists, deletes, and audits each change', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
    const { db } = project;
    const first = saveSearch(db, { name: ' 医院 ', filter: { query: '医院' } }, 'wang');
    expect(first).toMatchObject({ name: '医院', filter: { query: '医院' }, createdBy: 'wang' });
    const other = saveSearch(db, { name: 'Unassigned', filter: { assigneeId: null } }, 'li');
    const replaced = saveSearch(
      db,
      { name: '医院', filter: { query: '医院', status: 'new' } },
      'li',
    );
    expect(replaced.id).toBe(first.id);
    expect(listSavedSearches(db).map((s) => [s.name, s.filter])).toEqual([
      ['Unassigned', { assigneeId: null }],
      ['医院', { query: '医院', status: 'new' }],
    ]);
    // The stored filter selects the same articles as the list given the same filter.
    const saved = savedSearchNamed(db, '医院');
    expect(listArticles(db, { ...saved.filter, offset: 0, limit: 100 }).total).toBeGreaterThan(0);

    expect(deleteSavedSearch(db, other.id, 'li')).toEqual({ id: other.id, deleted: true });
    expect(() => getSavedSearch(db, other.id)).toThrow(`There is no saved search ${other.id}`);
    expect(() => savedSearchNamed(db, 'Unassigned')).toThrow(
      'There is no saved search named "Unassigned".',
    );
    expect(() => deleteSavedSearch(db, other.id, 'li')).toThrow(/no saved search/);
    const audit = db
      .prepare("SELECT actor, action FROM audit WHERE entity = 'saved-search' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { actor: 'wang', action: 'save' },
      { actor: 'li', action: 'save' },
      { actor: 'li', action: 'replace' },
      { actor: 'li', action: 'delete' },
    ]);
    project.close();
  });

  it('refuses a filter the contract does not know', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    expect(() =>
      saveSearch(project.db, { name: 'x', filter: { sql: '1=1' } as never }, 'wang'),
    ).toThrow();
    expect(listSavedSearches(project.db)).toEqual([]);
    project.close();
  });
});
