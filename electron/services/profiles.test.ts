import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { useTempDir } from '../test-support/temp-dir';
import {
  createProfile,
  hashPassphrase,
  listPublicProfiles,
  prepareSession,
  signIn,
  updateProfile,
  verifyPassphrase,
} from './profiles';
import { Project } from './project';
import { Session } from './session';

const tempDir = useTempDir('gleaner-profiles-');

function emptyProject(): Project {
  return Project.open(path.join(tempDir(), 'p.gleaner'));
}

function auditRows(project: Project): { actor: string; action: string; after: string | null }[] {
  return project.db
    .prepare("SELECT actor, action, after FROM audit WHERE entity = 'profile' ORDER BY id")
    .all() as { actor: string; action: string; after: string | null }[];
}

function caught(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('passphrases', () => {
  it('are stored as salted scrypt hashes and verified', () => {
    const a = hashPassphrase('芝麻开门 2026');
    const b = hashPassphrase('芝麻开门 2026');
    expect(a).not.toBe(b);
    expect(a).not.toContain('芝麻');
    expect(verifyPassphrase('芝麻开门 2026', a)).toBe(true);
    expect(verifyPassphrase('芝麻开门 2027', a)).toBe(false);
    expect(verifyPassphrase('x', 'garbage')).toBe(false);
  });
});

describe('prepareSession', () => {
  it('gives a new project one admin named after the OS user, signed in at once', () => {
    const project = emptyProject();
    const session = new Session('wang.fang');
    prepareSession(project.db, session);
    expect(session.profile).toMatchObject({
      name: 'wang.fang',
      role: 'admin',
      hasPassphrase: false,
    });
    expect(session.actor).toBe('wang.fang');
    expect(auditRows(project)).toEqual([
      expect.objectContaining({ actor: 'wang.fang', action: 'create' }),
    ]);
    // A second window creates nothing more and signs the same profile in.
    const again = new Session('wang.fang');
    prepareSession(project.db, again);
    expect(listPublicProfiles(project.db)).toHaveLength(1);
    expect(again.profile?.id).toBe(session.profile?.id);
  });

  it('does not sign in automatically when there is a choice or a passphrase', () => {
    const project = emptyProject();
    const admin = new Session('root');
    prepareSession(project.db, admin);
    createProfile(project.db, { name: '李明', role: 'reviewer' }, admin);
    const next = new Session('root');
    prepareSession(project.db, next);
    expect(next.profile).toBeNull();
    expect(next.actor).toBe('root');

    const solo = emptyProject();
    const s = new Session('solo');
    prepareSession(solo.db, s);
    updateProfile(solo.db, { id: s.profile!.id, passphrase: 'secret-1' }, s);
    const later = new Session('solo');
    prepareSession(solo.db, later);
    expect(later.profile).toBeNull();
  });
});

describe('profiles', () => {
  it('lets anyone create the first profile, then only admins', () => {
    const project = emptyProject();
    const nobody = new Session('os-user');
    const first = createProfile(project.db, { name: '  王芳 ', role: 'admin' }, nobody);
    expect(first).toEqual({
      id: first.id,
      name: '王芳',
      role: 'admin',
      hasPassphrase: false,
      retired: false,
    });
    const second = caught(() =>
      createProfile(project.db, { name: '李明', role: 'curator' }, nobody),
    );
    expect(second.code).toBe('forbidden');

    const session = new Session('os-user');
    signIn(project.db, { profileId: first.id }, session);
    const curator = createProfile(
      project.db,
      { name: '李明', role: 'curator', passphrase: 'abcd' },
      session,
    );
    expect(curator.hasPassphrase).toBe(true);
    expect(JSON.stringify(project.db.prepare('SELECT * FROM audit').all())).not.toContain('scrypt');

    const curatorSession = new Session('os-user');
    signIn(project.db, { profileId: curator.id, passphrase: 'abcd' }, curatorSession);
    const refused = caught(() =>
      createProfile(project.db, { name: '赵六', role: 'admin' }, curatorSession),
    );
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/admin.*李明 is a curator/);

    const duplicate = caught(() =>
      createProfile(project.db, { name: '李明', role: 'reviewer' }, session),
    );
    expect(duplicate.code).toBe('conflict');
    expect(duplicate.message).toContain('李明');
  });

  it('checks passphrases on sign-in without saying what was wrong, and records the sign-in', () => {
    const project = emptyProject();
    const admin = new Session('root');
    prepareSession(project.db, admin);
    const reviewer = createProfile(
      project.db,
      { name: '李明', role: 'reviewer', passphrase: 'open sesame' },
      admin,
    );
    const session = new Session('root');
    const wrong = caught(() =>
      signIn(project.db, { profileId: reviewer.id, passphrase: 'open sesam' }, session),
    );
    const missing = caught(() => signIn(project.db, { profileId: reviewer.id }, session));
    expect(wrong.code).toBe('forbidden');
    expect(missing.message).toBe(wrong.message);
    expect(session.profile).toBeNull();

    expect(
      signIn(project.db, { profileId: reviewer.id, passphrase: 'open sesame' }, session).name,
    ).toBe('李明');
    expect(session.actor).toBe('李明');
    expect(auditRows(project).at(-1)).toMatchObject({ actor: '李明', action: 'sign-in' });
  });

  it('changes role and passphrase, retires profiles and keeps the last admin', () => {
    const project = emptyProject();
    const admin = new Session('root');
    prepareSession(project.db, admin);
    const p = createProfile(
      project.db,
      { name: '王芳', role: 'curator', passphrase: 'one-1' },
      admin,
    );

    expect(
      updateProfile(project.db, { id: p.id, role: 'reviewer', passphrase: null }, admin),
    ).toMatchObject({
      role: 'reviewer',
      hasPassphrase: false,
    });
    const s = new Session('x');
    signIn(project.db, { profileId: p.id }, s);
    updateProfile(project.db, { id: p.id, passphrase: 'two-2' }, admin);
    expect(
      caught(() => signIn(project.db, { profileId: p.id, passphrase: 'one-1' }, new Session('x')))
        .code,
    ).toBe('forbidden');

    updateProfile(project.db, { id: p.id, retired: true }, admin);
    const retired = caught(() =>
      signIn(project.db, { profileId: p.id, passphrase: 'two-2' }, new Session('x')),
    );
    expect(retired.code).toBe('forbidden');
    expect(retired.message).toContain('retired');
    // The window where 王芳 was signed in notices on its next action.
    expect(caught(() => createProfile(project.db, { name: 'z', role: 'curator' }, s)).code).toBe(
      'forbidden',
    );

    const last = caught(() =>
      updateProfile(project.db, { id: admin.profile!.id, role: 'curator' }, admin),
    );
    expect(last.code).toBe('conflict');
    expect(last.message).toContain('last active admin');
    expect(listPublicProfiles(project.db).map((x) => [x.name, x.role, x.retired])).toEqual([
      ['root', 'admin', false],
      ['王芳', 'reviewer', true],
    ]);
    const updates = auditRows(project).filter((r) => r.action === 'update');
    expect(updates).toHaveLength(3);
    expect(updates.every((r) => r.actor === 'root')).toBe(true);
  });
});
