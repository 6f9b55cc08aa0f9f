import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { windowCaller } from '../api/callers';
import { ProjectHost } from '../api/project-host';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { listBackups } from '../services/backups';
import { useTempDir } from '../test-support/temp-dir';
import { backUpAsWindow } from './menu-actions';

const tempDir = useTempDir();

describe("the menu's Back up now", () => {
  it('passes the access rules as the window: refused while it is signed out, made once signed in', async () => {
    const file = path.join(tempDir(), 'menu.gleaner');
    const host = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'root' });
    host.open(file);
    const owner = windowCaller(1);
    // A second profile: windows no longer sign the lone profile in by themselves.
    const created = await dispatch(
      host.handlers,
      'profiles.create',
      { name: '王芳', role: 'curator', passphrase: 'secret-pass' },
      owner,
    );
    expect(created.ok).toBe(true);

    await expect(backUpAsWindow(host.handlers, 2)).rejects.toThrow(
      'Sign in to back up the project: this window is signed out',
    );
    expect(listBackups(file)).toEqual([]);

    const profileId = created.ok ? (created.value as { id: number }).id : 0;
    const signedIn = await dispatch(
      host.handlers,
      'session.signIn',
      { profileId, passphrase: 'secret-pass' },
      windowCaller(2),
    );
    expect(signedIn.ok).toBe(true);
    const backup = await backUpAsWindow(host.handlers, 2);
    expect(backup).toMatchObject({ kind: 'manual' });
    expect(listBackups(file).map((b) => b.name)).toEqual([backup.name]);
    host.close();
  });
});
