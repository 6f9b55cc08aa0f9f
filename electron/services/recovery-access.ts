import Database from 'better-sqlite3';
import type { Caller } from '../../shared/contract/contract';
import { ApiError } from '../../shared/contract/errors';
import { apiError } from '../../shared/contract/error-messages';
import type { Profile } from '../../shared/contract/profiles';
import type { ProjectDatabase } from '../database/open-project';
import { countProfiles } from '../database/profiles-repository';
import { authorize } from './access-rules';
import { chooseBackup } from './backups';
import { checkSignIn, listPublicProfiles } from './profiles';
import { Session } from './session';
import { Sessions } from './sessions';
import { failuresInMemory, SignInThrottle } from './sign-in-throttle';

/** The backup whose profiles stand in for the damaged file's, and its windows' sessions. */
interface Identities {
  db: ProjectDatabase;
  sessions: Sessions;
}

/**
 * Who may act on a project whose file is damaged. Its own profiles cannot be read, so those of
 * its newest sound backup stand in: they are the people and roles the project has once that
 * backup is restored. Each window or tab keeps a session as in an open project (a lone profile
 * without passphrase is signed in at once), may sign in against the backup's profiles, and a
 * restore then passes the same access rules (access-rules.ts: an admin) as in an open project.
 * The backup is opened read-only and never written: a sign-in here is not audited (the restore's
 * own audit row names who restored), and passphrase waits are kept in memory.
 */
export class RecoveryAccess {
  private identities: Identities | null | undefined;
  private readonly throttle = new SignInThrottle(failuresInMemory());

  constructor(
    private readonly projectPath: string,
    private readonly fallbackActor: string,
    private readonly nativeBinding?: string | undefined,
  ) {}

  /** The caller's session, signed out when the project has no sound backup to name anyone. */
  session(caller: Caller): Session {
    const identities = this.open();
    if (identities) return identities.sessions.of(caller);
    return new Session(this.fallbackActor);
  }

  profiles(): Profile[] {
    const identities = this.open();
    return identities ? listPublicProfiles(identities.db) : [];
  }

  signIn(caller: Caller, input: { profileId: number; passphrase?: string | undefined }): Profile {
    const identities = this.open();
    if (!identities) throw apiError('no-backup-to-sign-in', { file: this.projectPath });
    const profile = checkSignIn(identities.db, input, this.throttle);
    identities.sessions.of(caller).profile = profile;
    return profile;
  }

  /**
   * Refuses a restore (`forbidden`) unless the caller may restore under the backup's profiles.
   * Without a sound backup there is nothing to restore, which the restore itself then says. A
   * backup without profiles (a project only the command line ever wrote) names nobody: opening it
   * makes the app's user its first admin (ensureFirstProfile), so that user may restore it.
   */
  authorizeRestore(caller: Caller, input: { name?: string | undefined }): void {
    const identities = this.open();
    if (!identities || countProfiles(identities.db) === 0) return;
    authorize(identities.db, 'backups.restore', input, identities.sessions.of(caller));
  }

  close(): void {
    this.identities?.db.close();
    this.identities = undefined;
  }

  private open(): Identities | null {
    if (this.identities !== undefined) return this.identities;
    let file: string;
    try {
      file = chooseBackup(this.projectPath, undefined, this.nativeBinding).path;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not-found') return (this.identities = null);
      throw error;
    }
    const db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}),
    });
    this.identities = { db, sessions: new Sessions(db, this.fallbackActor) };
    return this.identities;
  }
}
