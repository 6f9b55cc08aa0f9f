import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { getMeta, setMeta } from '../database/meta-repository';
import { latestSchemaVersion } from '../database/migrate';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { createHandlers } from './handlers';

/**
 * A backup is a project file in `<project>.backups/`, a folder anyone can put a file in: one
 * copied from a newer Gleaner, or one another program changed (fifth attack sweep). Restoring
 * it must be refused before the open project is touched, naming the backup.
 */

const caller = { client: 'window:1' };
const tempDir = useTempDir();

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function projectWithBackup(change: (backup: Database.Database) => void) {
  const file = path.join(tempDir(), 'p.gleaner');
  const project = Project.open(file);
  const handlers = createHandlers({
    project,
    jobs: new JobRunner(sourceWorkerLauncher),
    actor: 'tester',
  });
  const made = await dispatch(handlers, 'backups.create', {}, caller);
  if (!made.ok) throw new Error(made.error.message);
  const backup = made.value as { name: string; path: string };
  const db = new Database(backup.path);
  change(db);
  db.close();
  setMeta(project.db, 'note', 'edited after the backup');
  return { file, project, handlers, backup };
}

describe('restoring a crafted backup (fifth sweep)', () => {
  it('refuses a backup from a newer Gleaner, leaving the open project as it was', async () => {
    const { project, handlers, backup } = await projectWithBackup((db) =>
      db.pragma(`user_version = ${latestSchemaVersion + 1}`),
    );
    const before = sha256(backup.path);
    const refused = await dispatch(handlers, 'backups.restore', { name: backup.name }, caller);
    expect(refused.ok ? 'restored' : refused.error.key).toBe('project-too-new');
    expect(refused.ok ? '' : refused.error.message).toContain(backup.path);
    // The project still works and still holds what was saved after the backup.
    expect(getMeta(project.db, 'note')).toBe('edited after the backup');
    setMeta(project.db, 'note', 'still writable');
    expect(getMeta(project.db, 'note')).toBe('still writable');
    expect(sha256(backup.path)).toBe(before);
    project.close();
    Project.open(project.filePath, { mustExist: true }).close();
  });

  it('refuses a backup holding a trigger another program added, naming both', async () => {
    const { project, handlers, backup } = await projectWithBackup((db) =>
      db.exec(`CREATE TRIGGER zz_spy AFTER INSERT ON audit BEGIN SELECT 1; END;`),
    );
    const refused = await dispatch(handlers, 'backups.restore', { name: backup.name }, caller);
    expect(refused.ok ? 'restored' : refused.error.key).toBe('project-structure-foreign');
    expect(refused.ok ? '' : refused.error.message).toContain('+trigger zz_spy on audit');
    expect(refused.ok ? '' : refused.error.message).toContain(backup.path);
    expect(getMeta(project.db, 'note')).toBe('edited after the backup');
    const triggers = project.db
      .prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'zz_spy'`)
      .pluck()
      .get();
    expect(triggers).toBe(0);
    project.close();
  });

  it('restores the newest sound backup, passing over a crafted one, when none is named', async () => {
    const { project, handlers } = await projectWithBackup((db) =>
      db.exec(`CREATE TRIGGER zz_spy AFTER INSERT ON audit BEGIN SELECT 1; END;`),
    );
    const refused = await dispatch(handlers, 'backups.restore', {}, caller);
    expect(refused.ok ? 'restored' : refused.error.key).toBe('no-sound-backup');
    expect(getMeta(project.db, 'note')).toBe('edited after the backup');
    project.close();
  });
});
