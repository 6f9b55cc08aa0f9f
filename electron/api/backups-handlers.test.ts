import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
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
