import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { bundledSeedsDir } from '../app-root';
import { getMeta, setMeta } from '../database/meta-repository';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { createHandlers } from './handlers';

/** The one window these tests call from. */
const caller = { client: 'window:1' };

const tempDir = useTempDir();

async function call(handlers: ReturnType<typeof createHandlers>, method: string, input = {}) {
  const envelope = await dispatch(handlers, method, input, caller);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as Record<string, unknown>;
}

describe('backups through the API', () => {
  it('backs up now, lists, and restores the open project', async () => {
    const file = path.join(tempDir(), 'api.gleaner');
    const project = Project.open(file);
    const handlers = createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'tester',
    });
    setMeta(project.db, 'note', 'kept');
    const made = await call(handlers, 'backups.create');
    expect(made.kind).toBe('manual');
    setMeta(project.db, 'note', 'lost on restore');

    const listed = await call(handlers, 'backups.list');
    expect(listed.folder).toBe(`${file}.backups`);
    expect((listed.backups as { name: string }[]).map((b) => b.name)).toEqual([made.name]);

    const restored = await call(handlers, 'backups.restore', { name: made.name });
    expect((restored.restored as { name: string }).name).toBe(made.name);
    expect((restored.safetyCopy as { kind: string }).kind).toBe('pre-restore');
    expect(getMeta(project.db, 'note')).toBe('kept');

    const refused = await dispatch(handlers, 'backups.restore', { name: '../api.gleaner' }, caller);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('not-found');
    project.close();
  });
});

describe('restoring a backup, then editing', () => {
  it('gives a new value an id no window saw before the restore', async () => {
    const file = path.join(tempDir(), 'ids.gleaner');
    const project = Project.open(file, { seedsDir: bundledSeedsDir });
    const handlers = createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'tester',
    });
    const articleId = (
      project.db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }
    ).id;
    const add = (text: string) =>
      call(handlers, 'values.add', { articleId, fieldKey: 'honors', text, spans: [] });
    const made = await call(handlers, 'backups.create');
    // Added after the backup: a window shows it, then an admin restores the backup.
    const shown = await add('第一名');
    await call(handlers, 'backups.restore', { name: made.name });
    const added = await add('第二名');
    expect(added.id).toBeGreaterThan(shown.id as number);
    // The window's write to the value it still shows is refused, not applied to the new one.
    const stale = await dispatch(
      handlers,
      'values.edit',
      { valueId: shown.id, revision: shown.revision, text: '改' },
      caller,
    );
    expect(stale.ok).toBe(false);
    expect((await call(handlers, 'articles.fields', { id: articleId })).values).toContainEqual(
      expect.objectContaining({ id: added.id, raw: '第二名' }),
    );
    project.close();
  });
});

describe('a window that saw a value changed after the backup, after a restore', () => {
  it('cannot overwrite what another window decided since the restore', async () => {
    const file = path.join(tempDir(), 'revisions.gleaner');
    const project = Project.open(file, { seedsDir: bundledSeedsDir });
    const handlers = createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'tester',
    });
    const valueId = (
      project.db
        .prepare("SELECT min(id) AS id FROM field_values WHERE state = 'suggested'")
        .get() as {
        id: number;
      }
    ).id;
    const made = await call(handlers, 'backups.create');
    // Window A accepts the value (revision 2), then an admin restores the backup (revision 1).
    const seenByA = await call(handlers, 'values.setState', {
      valueId,
      revision: 1,
      state: 'accepted',
    });
    await call(handlers, 'backups.restore', { name: made.name });
    // Window B, which loaded the restored value, rejects it.
    const restored = project.db
      .prepare('SELECT revision FROM field_values WHERE id = ?')
      .get(valueId) as { revision: number };
    const rejected = await call(handlers, 'values.setState', {
      valueId,
      revision: restored.revision,
      state: 'rejected',
    });
    // Window A, still showing its accepted value, edits it: refused as stale.
    const stale = await dispatch(
      handlers,
      'values.edit',
      { valueId, revision: seenByA.revision, text: '九百张' },
      caller,
    );
    expect(stale.ok ? 'ok' : stale.error.code).toBe('conflict');
    expect(
      project.db.prepare('SELECT state, revision FROM field_values WHERE id = ?').get(valueId),
    ).toEqual({ state: 'rejected', revision: rejected.revision });
    project.close();
  });
});
