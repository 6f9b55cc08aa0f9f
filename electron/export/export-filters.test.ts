import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { listArticles } from '../database/articles-repository';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from '../services/project';
import { saveSearch } from '../services/saved-searches';
import { exportToFile } from './export-formats';
import { selectArticlesForExport } from './export-service';

const tempDir = useTempDir();

function seeded() {
  const dir = tempDir();
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { db } = project;
  db.prepare(
    "INSERT INTO profiles (id, name, role, created_at) VALUES (7, '王芳', 'curator', '2026-01-01')",
  ).run();
  db.prepare('UPDATE articles SET assignee_id = 7 WHERE id IN (1, 2, 3, 4)').run();
  db.prepare("UPDATE articles SET status = 'approved' WHERE id IN (2, 3, 5, 6)").run();
  return { project, db, dir };
}

const idsOf = (selection: Iterable<{ id: number }>) => [...selection].map((r) => r.id).sort();

describe('export filters: assignee and saved search (issue 5)', () => {
  it('takes the articles of one assignee, combined with the status filter', () => {
    const { project, db } = seeded();
    expect(idsOf(selectArticlesForExport(db, { status: 'any', assigneeId: 7 }))).toEqual([
      1, 2, 3, 4,
    ]);
    expect(idsOf(selectArticlesForExport(db, { assigneeId: 7 }))).toEqual([2, 3]);
    project.close();
  });

  it('selects what the saved search selects in the article list, and records which search', async () => {
    const { project, db, dir } = seeded();
    const search = saveSearch(db, { name: '胸痛', filter: { query: '胸痛中心' } }, 'wang');
    const listed = listArticles(db, { ...search.filter, offset: 0, limit: 100 })
      .items.map((i) => i.id)
      .sort();
    expect(listed.length).toBeGreaterThan(0);
    const selection = selectArticlesForExport(db, { status: 'any', savedSearchId: search.id });
    expect(idsOf(selection)).toEqual(listed);
    // Combined with the assignee: both must hold.
    expect(
      idsOf(
        selectArticlesForExport(db, { status: 'any', savedSearchId: search.id, assigneeId: 7 }),
      ),
    ).toEqual(listed.filter((id) => id <= 4));

    const result = await exportToFile(db, 'jsonl', {
      out: path.join(dir, 'out.jsonl'),
      filter: { status: 'any', savedSearchId: search.id },
      actor: 'wang',
    });
    expect(result.articles).toBe(listed.length);
    const recorded = db.prepare('SELECT filter FROM exports').get() as { filter: string };
    expect(JSON.parse(recorded.filter)).toMatchObject({
      savedSearchId: search.id,
      savedSearch: { name: '胸痛', filter: { query: '胸痛中心' } },
    });
    project.close();
  });

  it('refuses an unknown saved search, naming it', () => {
    const { project, db } = seeded();
    expect(() => selectArticlesForExport(db, { savedSearchId: 99 })).toThrow(
      'There is no saved search 99 in this project.',
    );
    project.close();
  });
});
