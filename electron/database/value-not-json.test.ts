import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { bundledSeedsDir } from '../app-root';
import { createHandlers } from '../api/handlers';
import { exportToFile } from '../export/export-formats';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { checkProjectFile } from '../services/check-project-file';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';

/**
 * A stored value that is not JSON: the project file edited by another program, or a bit flipped
 * on a damaged disk (fifth attack sweep). `gleaner check` said "No problems found", every export
 * failed with SQLite's bare "malformed JSON", and the article's fields with an internal error.
 * Each must name the value, so the user can find it, fix or remove it, or restore a backup.
 */

const tempDir = useTempDir('gleaner-value-json-');

function projectWithBrokenValue() {
  const dir = tempDir();
  const file = path.join(dir, 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  const db = new Database(file);
  const value = db
    .prepare(
      'SELECT id, article_id AS articleId, field_key AS fieldKey FROM field_values ORDER BY id LIMIT 1',
    )
    .get() as { id: number; articleId: number; fieldKey: string };
  db.prepare(`UPDATE field_values SET value = '{"name":' WHERE id = ?`).run(value.id);
  db.close();
  return { dir, file, value };
}

describe('a stored value that is not JSON (fifth sweep)', () => {
  it('is named by gleaner check', () => {
    const { file, value } = projectWithBrokenValue();
    expect(checkProjectFile(file).problems).toContainEqual({
      kind: 'value',
      message: `article ${value.articleId}, field ${value.fieldKey}, value ${value.id}: its value is not JSON`,
    });
  });

  it('stops an export with a message naming it, leaving no file', async () => {
    const { dir, file, value } = projectWithBrokenValue();
    const project = Project.open(file, { mustExist: true });
    const out = path.join(dir, 'out.jsonl');
    try {
      await expect(
        exportToFile(project.db, 'csv', { out, actor: 't', filter: { status: 'any' } }),
      ).rejects.toThrow(
        `Value ${value.id} of article ${value.articleId} (field "${value.fieldKey}") is not JSON`,
      );
    } finally {
      project.close();
    }
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('out'))).toEqual([]);
  });

  it('is named when its article is opened, not an internal error', async () => {
    const { file, value } = projectWithBrokenValue();
    const project = Project.open(file, { mustExist: true });
    const handlers = createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'tester',
    });
    const answer = await dispatch(
      handlers,
      'articles.fields',
      { id: value.articleId },
      { client: 'window:1' },
    );
    project.close();
    expect(answer.ok ? 'ok' : answer.error.key).toBe('value-not-json');
  });
});
