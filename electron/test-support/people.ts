import type { ProjectDatabase } from '../database/open-project';
import { createProfile, prepareSession } from '../services/profiles';
import { Session } from '../services/session';

/**
 * A project several people work in: its first admin (named `firstAdmin`, no passphrase), the
 * curator 王芳 (passphrase `curator-pass`) and the admin 李明 (`admin-pass`). With more than one
 * profile, a new window starts signed out.
 */
export function addPeople(db: ProjectDatabase, firstAdmin = 'local'): void {
  const root = new Session(firstAdmin);
  prepareSession(db, root);
  createProfile(db, { name: '王芳', role: 'curator', passphrase: 'curator-pass' }, root);
  createProfile(db, { name: '李明', role: 'admin', passphrase: 'admin-pass' }, root);
}
