import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { apiError } from '../../shared/contract/error-messages';
import type { Profile, Role } from '../../shared/contract/profiles';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import {
  countActiveAdmins,
  countProfiles,
  findProfile,
  insertProfile,
  listProfiles,
  profileIdNamed,
  publicProfile,
  retiredAtOf,
  updateProfileRow,
  type StoredProfile,
} from '../database/profiles-repository';
import type { Session } from './session';
import type { SignInThrottle } from './sign-in-throttle';

/** scrypt cost: about 50 ms per check here, slow for guessing, quick enough for a sign-in. */
const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

/** `scrypt$N$r$p$salt$key` (hex), so the cost can be raised later without breaking old hashes. */
export function hashPassphrase(passphrase: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('hex'), key.toString('hex')].join(
    '$',
  );
}

export function verifyPassphrase(passphrase: string, stored: string): boolean {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'hex');
  const actual = scryptSync(
    passphrase.normalize('NFC'),
    Buffer.from(salt, 'hex'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
    },
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function listPublicProfiles(db: ProjectDatabase): Profile[] {
  return listProfiles(db).map(publicProfile);
}

/** Is there a profile with this id (retired or not)? */
export function profileExists(db: ProjectDatabase, id: number): boolean {
  return findProfile(db, id) !== undefined;
}

/** The id of the profile with exactly this name (retired or not), if any. */
export function profileIdByName(db: ProjectDatabase, name: string): number | undefined {
  return profileIdNamed(db, name);
}

/**
 * The signed-in profile as it is now in the project (an admin in another window may have changed
 * its role or retired it since sign-in); refreshes the session's copy.
 */
export function currentProfile(db: ProjectDatabase, session: Session): Profile {
  const chosen = session.requireProfile();
  const stored = findProfile(db, chosen.id);
  if (!stored || stored.retired) {
    session.profile = null;
    throw apiError('profile-retired', { name: chosen.name });
  }
  session.profile = publicProfile(stored);
  return session.profile;
}

function requireAdmin(db: ProjectDatabase, session: Session, what: string): void {
  const profile = currentProfile(db, session);
  if (profile.role !== 'admin') {
    throw apiError('role-required', {
      roles: 'admin',
      what,
      name: profile.name,
      role: profile.role,
    });
  }
}

function auditView(p: StoredProfile | Profile): {
  name: string;
  role: Role;
  hasPassphrase: boolean;
  retired: boolean;
} {
  return { name: p.name, role: p.role, hasPassphrase: p.hasPassphrase, retired: p.retired };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Admins create profiles; the first profile of a project can be created by anyone. */
export function createProfile(
  db: ProjectDatabase,
  input: { name: string; role: Role; passphrase?: string | undefined },
  session: Session,
): Profile {
  const name = input.name.trim();
  const passphraseHash = input.passphrase === undefined ? null : hashPassphrase(input.passphrase);
  return auditedWrite(db, session.actor, (write) => {
    if (countProfiles(db) > 0) requireAdmin(db, session, `create the profile ${name}`);
    let id: number;
    try {
      id = insertProfile(db, { name, role: input.role, passphraseHash }, write.at);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw apiError('profile-name-taken', { name });
      }
      throw error;
    }
    const created = publicProfile(findProfile(db, id)!);
    write.audit({ entity: 'profile', entityId: id, action: 'create', after: auditView(created) });
    return created;
  });
}

/** Admins change a profile's role or passphrase (`null` removes it) or retire it. */
export function updateProfile(
  db: ProjectDatabase,
  input: {
    id: number;
    role?: Role | undefined;
    passphrase?: string | null | undefined;
    retired?: boolean | undefined;
  },
  session: Session,
): Profile {
  const passphraseHash =
    typeof input.passphrase === 'string' ? hashPassphrase(input.passphrase) : input.passphrase;
  return auditedWrite(db, session.actor, (write) => {
    const before = findProfile(db, input.id);
    if (!before) throw apiError('profile-missing', { profileId: input.id });
    requireAdmin(db, session, `change the profile ${before.name}`);
    const wasRetiredAt = retiredAtOf(db, before.id);
    const retiredAt =
      input.retired === undefined
        ? wasRetiredAt
        : input.retired
          ? (wasRetiredAt ?? write.at)
          : null;
    updateProfileRow(db, before.id, {
      role: input.role ?? before.role,
      passphraseHash: passphraseHash === undefined ? before.passphraseHash : passphraseHash,
      retiredAt,
    });
    if (countActiveAdmins(db) === 0) {
      throw apiError('last-admin', { name: before.name });
    }
    const after = publicProfile(findProfile(db, before.id)!);
    write.audit({
      entity: 'profile',
      entityId: before.id,
      action: 'update',
      before: auditView(before),
      // A new passphrase is recorded as a change of its hash's presence only, never the hash.
      after: {
        ...auditView(after),
        ...(typeof input.passphrase === 'string' ? { passphraseChanged: true } : {}),
      },
    });
    if (session.profile?.id === after.id) session.profile = after.retired ? null : after;
    return after;
  });
}

/**
 * The profile a sign-in names, once its passphrase is checked (a retired profile cannot sign
 * in). The refusal does not say whether a passphrase was missing or wrong. With a throttle,
 * repeated wrong passphrases make further tries of that profile wait (see SignInThrottle).
 * Writes nothing to `db` but the throttle's count.
 */
export function checkSignIn(
  db: ProjectDatabase,
  input: { profileId: number; passphrase?: string | undefined },
  throttle?: SignInThrottle,
): Profile {
  const stored = findProfile(db, input.profileId);
  if (!stored) throw apiError('profile-missing', { profileId: input.profileId });
  if (stored.retired) {
    throw apiError('profile-retired-sign-in', { name: stored.name });
  }
  if (stored.passphraseHash !== null) {
    throttle?.check(stored.id, stored.name);
    if (
      input.passphrase === undefined ||
      !verifyPassphrase(input.passphrase, stored.passphraseHash)
    ) {
      throttle?.failed(stored.id);
      throw apiError('wrong-passphrase');
    }
    throttle?.succeeded(stored.id);
  }
  return publicProfile(stored);
}

/** Signs a profile in (checkSignIn), audited. */
export function signIn(
  db: ProjectDatabase,
  input: { profileId: number; passphrase?: string | undefined },
  session: Session,
  throttle?: SignInThrottle,
): Profile {
  const profile = checkSignIn(db, input, throttle);
  auditedWrite(db, profile.name, (write) =>
    write.audit({
      entity: 'profile',
      entityId: profile.id,
      action: 'sign-in',
      after: { name: profile.name, role: profile.role },
    }),
  );
  session.profile = profile;
  return profile;
}

export function signOut(session: Session): null {
  session.profile = null;
  return null;
}

/**
 * A project with no profiles gets one admin named after the fallback actor (the OS user), so the
 * person who made the project can manage it. Run once when the project's handlers are created.
 */
export function ensureFirstProfile(db: ProjectDatabase, fallbackActor: string): void {
  auditedWrite(db, fallbackActor, (write) => {
    if (countProfiles(db) > 0) return;
    const name = fallbackActor.trim().slice(0, 60) || 'admin';
    const id = insertProfile(db, { name, role: 'admin', passphraseHash: null }, write.at);
    write.audit({
      entity: 'profile',
      entityId: id,
      action: 'create',
      after: { name, role: 'admin', hasPassphrase: false, retired: false, default: true },
    });
  });
}

/**
 * When exactly one active profile exists and it has no passphrase, a new window's session signs
 * it in at once, so a single user never sees a sign-in step. That automatic sign-in is not
 * audited: it changes nothing, and an audit row per window would make the project's "last
 * change" move on its own.
 */
export function signInLoneProfile(db: ProjectDatabase, session: Session): void {
  const active = listProfiles(db).filter((p) => !p.retired);
  const only = active[0];
  if (active.length === 1 && only && only.passphraseHash === null) {
    session.profile = publicProfile(only);
  }
}

/** What a window does on opening a project: both of the above. */
export function prepareSession(db: ProjectDatabase, session: Session): void {
  ensureFirstProfile(db, session.fallbackActor);
  signInLoneProfile(db, session);
}
