import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { useTempDir } from '../test-support/temp-dir';
import { createProfile, prepareSession, signIn } from './profiles';
import { Project } from './project';
import { Session } from './session';
import { FREE_ATTEMPTS, MAX_WAIT_MS, SignInThrottle } from './sign-in-throttle';

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

describe('passphrase guessing', () => {
  it('waits longer after each wrong passphrase, refuses tries during the wait, and resets on success', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(() => now);
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const admin = new Session('root');
    prepareSession(project.db, admin);
    const profile = createProfile(
      project.db,
      { name: '王芳', role: 'curator', passphrase: 'right-one' },
      admin,
    );
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
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < FREE_ATTEMPTS + 1; i++) throttle.failed(1);
    expect(() => throttle.check(1, 'a')).toThrow(/wait 1 s/);
    expect(() => throttle.check(2, 'b')).not.toThrow();
    now += 1000;
    expect(() => throttle.check(1, 'a')).not.toThrow();
  });
});
