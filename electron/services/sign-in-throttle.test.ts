import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { dispatch } from '../../shared/contract/dispatch';
import type { Profile, Role } from '../../shared/contract/profiles';
import { ProjectHost } from '../api/project-host';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { useTempDir } from '../test-support/temp-dir';
import { createProfile, prepareSession, signIn } from './profiles';
import { Project } from './project';
import { Session } from './session';
import {
  failuresInMemory,
  failuresInProject,
  FREE_ATTEMPTS,
  MAX_WAIT_MS,
  SignInThrottle,
} from './sign-in-throttle';

const tempDir = useTempDir('gleaner-throttle-');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error.message;
    throw error;
  }
  return 'signed in';
}

/** A profile whose passphrase is 'right-one', created by the project's first admin. */
function withPassphrase(project: Project, name: string, role: Role): Profile {
  const admin = new Session('root');
  prepareSession(project.db, admin);
  return createProfile(project.db, { name, role, passphrase: 'right-one' }, admin);
}

describe('passphrase guessing', () => {
  it('waits longer after each wrong passphrase, refuses tries during the wait, and resets on success', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(failuresInMemory(), () => now);
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const profile = withPassphrase(project, '王芳', 'curator');
    const attempt = (passphrase: string) =>
      refusal(() =>
        signIn(project.db, { profileId: profile.id, passphrase }, new Session('x'), throttle),
      );

    for (let i = 0; i < FREE_ATTEMPTS; i++) expect(attempt('guess')).toContain('does not open');
    // The 4th wrong one starts a 1 s wait; a try within it is refused unchecked, even the right one.
    expect(attempt('guess')).toContain('does not open');
    expect(attempt('right-one')).toBe(
      'Too many wrong passphrases for 王芳: wait 1 s before trying again.',
    );
    now += 1000;
    expect(attempt('guess')).toContain('does not open');
    expect(attempt('guess')).toContain('wait 2 s');
    now += 2000;
    expect(attempt('guess')).toContain('does not open');
    expect(attempt('guess')).toContain('wait 4 s');
    // The wait stops growing at five minutes.
    for (let i = 0; i < 20; i++) {
      now += MAX_WAIT_MS;
      attempt('guess');
    }
    expect(attempt('guess')).toContain(`wait ${MAX_WAIT_MS / 1000} s`);
    now += MAX_WAIT_MS;
    expect(attempt('right-one')).toBe('signed in');
    // Success clears the count: three free tries again.
    for (let i = 0; i < FREE_ATTEMPTS; i++) expect(attempt('guess')).toContain('does not open');
    expect(attempt('right-one')).toBe('signed in');
    project.close();
  });

  it('counts per profile: guessing one profile does not lock another', () => {
    let now = 0;
    const throttle = new SignInThrottle(failuresInMemory(), () => now);
    for (let i = 0; i < FREE_ATTEMPTS + 1; i++) throttle.failed(1);
    expect(() => throttle.check(1, 'a')).toThrow(/wait 1 s/);
    expect(() => throttle.check(2, 'b')).not.toThrow();
    now += 1000;
    expect(() => throttle.check(1, 'a')).not.toThrow();
  });

  it('keeps the count in the project file: closing and opening it again does not reset the wait', () => {
    let now = 5_000_000;
    const file = path.join(tempDir(), 'kept.gleaner');
    let project = Project.open(file);
    const profile = withPassphrase(project, '李明', 'admin');
    const attempt = (passphrase: string) =>
      refusal(() =>
        signIn(
          project.db,
          { profileId: profile.id, passphrase },
          new Session('x'),
          // A new throttle each time, as a restarted app makes one: only the file remembers.
          new SignInThrottle(failuresInProject(project.db), () => now),
        ),
      );
    for (let i = 0; i < FREE_ATTEMPTS + 2; i++) attempt('guess');
    project.close();

    project = Project.open(file);
    // The fourth wrong one started a 1 s wait; the fifth came within it and was refused unchecked.
    expect(attempt('right-one')).toBe(
      'Too many wrong passphrases for 李明: wait 1 s before trying again.',
    );
    now += 1000;
    expect(attempt('guess')).toContain('does not open');
    expect(attempt('right-one')).toContain('wait 2 s');
    now += 2000;
    expect(attempt('right-one')).toBe('signed in');
    // The right passphrase leaves nothing behind.
    expect(
      project.db.prepare("SELECT count(*) AS n FROM meta WHERE key LIKE 'sign-in-%'").get(),
    ).toEqual({ n: 0 });
    project.close();
  });

  it('a project opened again by the app (a restart) refuses the next try while the wait lasts', async () => {
    const file = path.join(tempDir(), 'restarted.gleaner');
    const first = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'root' });
    first.open(file);
    const caller = { client: 'tab:guesser-0001' };
    const created = await dispatch(
      first.handlers,
      'profiles.create',
      { name: '赵敏', role: 'curator', passphrase: 'right-one' },
      { client: 'window:1' },
    );
    expect(created.ok).toBe(true);
    const profileId = created.ok ? (created.value as { id: number }).id : 0;
    const signInWith = async (host: ProjectHost, passphrase: string) => {
      const answer = await dispatch(
        host.handlers,
        'session.signIn',
        { profileId, passphrase },
        caller,
      );
      return answer.ok ? 'signed in' : answer.error.message;
    };
    for (let i = 0; i < FREE_ATTEMPTS + 2; i++) await signInWith(first, 'guess');
    first.close();

    const second = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'root' });
    second.open(file);
    // Refused unchecked, the right passphrase too: the wait outlived the restart.
    expect(await signInWith(second, 'right-one')).toMatch(
      /^Too many wrong passphrases for 赵敏: wait [12] s before trying again\.$/,
    );
    second.close();
  });
});
