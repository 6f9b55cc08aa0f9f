import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { createProfile, ensureFirstProfile } from './profiles';
import { Project } from './project';
import { Session } from './session';
import { Sessions } from './sessions';

const tempDir = useTempDir('gleaner-sessions-');

describe('Sessions', () => {
  it('keeps one session per client, signs a lone passphrase-free profile in, and none otherwise', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    ensureFirstProfile(project.db, 'root');
    const sessions = new Sessions(project.db, 'root');
    const a = sessions.of({ client: 'window:1' });
    expect(a.profile?.name).toBe('root');
    expect(sessions.of({ client: 'window:1' })).toBe(a);
    a.profile = null;
    // Another window is not signed out by this one.
    expect(sessions.of({ client: 'window:2' }).profile?.name).toBe('root');

    const admin = new Session('root');
    admin.profile = sessions.of({ client: 'window:2' }).profile;
    createProfile(project.db, { name: '王芳', role: 'curator' }, admin);
    // With two profiles, a new window starts signed out; an unnamed caller is never kept.
    expect(sessions.of({ client: 'window:3' }).profile).toBeNull();
    const anonymous = sessions.of({ client: null });
    anonymous.profile = admin.profile;
    expect(sessions.of({ client: null }).profile).toBeNull();
    expect(sessions.size).toBe(3);
    project.close();
  });

  it('forgets the longest idle client beyond its limit, so made-up names cannot grow memory', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    ensureFirstProfile(project.db, 'root');
    const sessions = new Sessions(project.db, 'root', 2);
    const first = sessions.of({ client: 'tab:a' });
    sessions.of({ client: 'tab:b' });
    sessions.of({ client: 'tab:a' }); // a is now the most recent
    sessions.of({ client: 'tab:c' }); // b, the idlest, goes
    expect(sessions.size).toBe(2);
    expect(sessions.of({ client: 'tab:a' })).toBe(first);
    expect(sessions.size).toBe(2);
    project.close();
  });
});
