import type { Profile, Role } from '../../shared/contract/profiles';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** A profile as stored: the payload plus its passphrase hash, which never leaves the Node side. */
export interface StoredProfile extends Profile {
  passphraseHash: string | null;
}

interface ProfileRow {
  id: number;
  name: string;
  role: Role;
  passphraseHash: string | null;
  retiredAt: string | null;
}

const COLUMNS = 'id, name, role, passphrase_hash AS passphraseHash, retired_at AS retiredAt';

function fromRow(row: ProfileRow): StoredProfile {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    hasPassphrase: row.passphraseHash !== null,
    retired: row.retiredAt !== null,
    passphraseHash: row.passphraseHash,
  };
}

/** What may cross the API boundary: everything but the hash. */
export function publicProfile(stored: StoredProfile): Profile {
  const { passphraseHash: _hash, ...profile } = stored;
  return profile;
}

const allProfiles = prepare<[], ProfileRow>(
  `SELECT ${COLUMNS} FROM profiles ORDER BY retired_at IS NOT NULL, name COLLATE NOCASE, id`,
);

/** Active profiles first, then by name, so the sign-in list shows the people who work now. */
export function listProfiles(db: ProjectDatabase): StoredProfile[] {
  return allProfiles.all(db).map(fromRow);
}

const byId = prepare<[id: number], ProfileRow>(`SELECT ${COLUMNS} FROM profiles WHERE id = ?`);

export function findProfile(db: ProjectDatabase, id: number): StoredProfile | undefined {
  const row = byId.get(db, id);
  return row ? fromRow(row) : undefined;
}

const profileCount = prepare<[], { n: number }>('SELECT count(*) AS n FROM profiles');

export function countProfiles(db: ProjectDatabase): number {
  return profileCount.get(db)!.n;
}

const activeAdminCount = prepare<[], { n: number }>(
  "SELECT count(*) AS n FROM profiles WHERE role = 'admin' AND retired_at IS NULL",
);

export function countActiveAdmins(db: ProjectDatabase): number {
  return activeAdminCount.get(db)!.n;
}

const insert = prepare<[name: string, role: Role, passphraseHash: string | null, at: string]>(
  'INSERT INTO profiles (name, role, passphrase_hash, created_at) VALUES (?, ?, ?, ?)',
);

export function insertProfile(
  db: ProjectDatabase,
  input: { name: string; role: Role; passphraseHash: string | null },
  at: string,
): number {
  return Number(insert.run(db, input.name, input.role, input.passphraseHash, at).lastInsertRowid);
}

const update = prepare<
  [role: Role, passphraseHash: string | null, retiredAt: string | null, id: number]
>('UPDATE profiles SET role = ?, passphrase_hash = ?, retired_at = ? WHERE id = ?');

export function updateProfileRow(
  db: ProjectDatabase,
  id: number,
  values: { role: Role; passphraseHash: string | null; retiredAt: string | null },
): void {
  update.run(db, values.role, values.passphraseHash, values.retiredAt, id);
}

const retiredAt = prepare<[id: number], { retiredAt: string | null }>(
  'SELECT retired_at AS retiredAt FROM profiles WHERE id = ?',
);

/** When the profile was retired (kept, not deleted, because the audit log names it). */
export function retiredAtOf(db: ProjectDatabase, id: number): string | null {
  return retiredAt.get(db, id)?.retiredAt ?? null;
}

const idByName = prepare<[name: string], { id: number }>('SELECT id FROM profiles WHERE name = ?');

/** The id of the profile with exactly this name, if any. */
export function profileIdNamed(db: ProjectDatabase, name: string): number | undefined {
  return idByName.get(db, name)?.id;
}
