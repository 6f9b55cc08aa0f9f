import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../services/project';
import { editValue } from '../services/value-editing';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

describe('the work package methods', () => {
  it('let a reviewer make and merge a package, deciding a conflict per row, and refuse a curator', async () => {
    const { project, windows } = await reviewProject(tempDir(), {
      王芳: 'curator',
      李明: 'reviewer',
    });
    const out = path.join(tempDir(), 'pkg.gleaner');
    const refused = await failure(
      windows['王芳']!.call('packages.create', { out, articleIds: [1] }),
    );
    expect(refused.message).toContain('can create work packages');

    const created = await windows['李明']!.call('packages.create', { out, articleIds: [1] });
    expect(created.path).toBe(out);
    const value = project.db
      .prepare('SELECT id, revision FROM field_values WHERE article_id = 1 ORDER BY id LIMIT 1')
      .get() as { id: number; revision: number };
    const pkg = Project.open(out, { mustExist: true });
    editValue(pkg.db, { valueId: value.id, revision: value.revision, text: '包' }, '王芳');
    pkg.close();
    editValue(project.db, { valueId: value.id, revision: value.revision, text: '主' }, '李明');

    const stopped = await windows['李明']!.call('packages.merge', { file: out });
    expect(stopped.status).toBe('conflicts');
    if (stopped.status !== 'conflicts') return;
    expect(stopped.conflicts.map((c) => c.id)).toEqual([`value:${value.id}`]);
    const merged = await windows['李明']!.call('packages.merge', {
      file: out,
      choices: { [`value:${value.id}`]: 'main' },
    });
    expect(merged).toMatchObject({ status: 'merged', summary: { resolved: 1, values: 0 } });
    const again = await windows['李明']!.call('packages.merge', { file: out });
    expect(again.status).toBe('already-merged');
  });
});
