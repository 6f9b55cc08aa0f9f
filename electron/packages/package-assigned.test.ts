import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/contract/profiles';
import { bundledSeedsDir } from '../app-root';
import { checkProjectFile } from '../services/check-project-file';
import { assignArticles } from '../services/assignment';
import { Project } from '../services/project';
import { addPeople } from '../test-support/people';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';

const tempDir = useTempDir('gleaner-package-assigned-');

describe('a work package of assigned articles', () => {
  // The attack pass found it: every article a reviewer had assigned made packages.create fail
  // with SQLite's bare "FOREIGN KEY constraint failed", because articles were copied into the
  // package before the profiles their assignee_id points at.
  it('is written, carrying the assignee, when the chosen articles are assigned', () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.gleaner');
    const out = path.join(dir, 'assigned.gleaner');
    const project = Project.open(file, { seedsDir: bundledSeedsDir });
    try {
      const db = project.db;
      addPeople(db);
      const admin = db
        .prepare("SELECT id, name, role FROM profiles WHERE name = '李明'")
        .get() as Profile;
      const curator = db.prepare("SELECT id FROM profiles WHERE name = '王芳'").get() as {
        id: number;
      };
      const articleIds = (
        db.prepare('SELECT id FROM articles ORDER BY id LIMIT 2').all() as {
          id: number;
        }[]
      ).map((row) => row.id);
      assignArticles(
        db,
        { assigneeId: curator.id, articleIds },
        { ...admin, hasPassphrase: true, retired: false },
      );
      const created = createWorkPackage(db, {
        selection: { articleIds },
        out,
        actor: '李明',
      });
      expect(created.articles).toBeGreaterThanOrEqual(2);
    } finally {
      project.close();
    }
    expect(checkProjectFile(out).problems).toEqual([]);
    const copy = Project.open(out, { mustExist: true });
    try {
      const assignees = copy.db
        .prepare(`SELECT DISTINCT p.name FROM articles a JOIN profiles p ON p.id = a.assignee_id`)
        .all() as { name: string }[];
      expect(assignees).toEqual([{ name: '王芳' }]);
    } finally {
      copy.close();
    }
  });
});
