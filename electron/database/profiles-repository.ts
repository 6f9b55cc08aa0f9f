import type { Profile, Role } from '../../shared/contract/profiles';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
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

/** Active profiles first, then by name, so the sign-in list shows the people who work now. */
export function listProfiles(db: ProjectDatabase): StoredProfile[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM profiles ORDER BY retired_at IS NOT NULL, name COLLATE NOCASE, id`,
  ).all() as ProfileRow[];
  return rows.map(fromRow);
}

export function findProfile(db: ProjectDatabase, id: number): StoredProfile | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM profiles WHERE id = ?`).get(id) as
    ProfileRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function countProfiles(db: ProjectDatabase): number {
  return (statement(db, 'SELECT count(*) AS n FROM profiles').get() as { n: number }).n;
}

export function countActiveAdmins(db: ProjectDatabase): number {
  return (
    statement(
      db,
      "SELECT count(*) AS n FROM profiles WHERE role = 'admin' AND retired_at IS NULL",
    ).get() as { n: number }
  ).n;
}

export function insertProfile(
  db: ProjectDatabase,
  input: { name: string; role: Role; passphraseHash: string | null },
  at: string,
): number {
  return Number(
    statement(
      db,
      'INSERT INTO profiles (name, role, passphrase_hash, created_at) VALUES (?, ?, ?, ?)',
    ).run(input.name, input.role, input.passphraseHash, at).lastInsertRowid,
  );
}

export function updateProfileRow(
  db: ProjectDatabase,
  id: number,
  values: { role: Role; passphraseHash: string | null; retiredAt: string | null },
): void {
  statement(
    db,
    'UPDATE profiles SET role = ?, passphrase_hash = ?, retired_at = ? WHERE id = ?',
  ).run(values.role, values.passphraseHash, values.retiredAt, id);
}

/** When the profile was retired (kept, not deleted, because the audit log names it). */
export function retiredAtOf(db: ProjectDatabase, id: number): string | null {
  const row = statement(db, 'SELECT retired_at AS retiredAt FROM profiles WHERE id = ?').get(id) as
    { retiredAt: string | null } | undefined;
  return row?.retiredAt ?? null;
}

const idByName = prepare<[name: string], { id: number }>('SELECT id FROM profiles WHERE name = ?');

/** The id of the profile with exactly this name, if any. */
export function profileIdNamed(db: ProjectDatabase, name: string): number | undefined {
  return idByName.get(db, name)?.id;
}
