import type { Caller } from '../../shared/contract/contract';
import type { ProjectDatabase } from '../database/open-project';
import { signInLoneProfile } from './profiles';
import { Session } from './session';

/** More windows and tabs than anyone keeps open; beyond it the longest idle one is forgotten. */
const MAX_SESSIONS = 1000;

/**
 * One session per window or browser tab of the open project, keyed by the caller's client name
 * (see Caller). A client seen for the first time starts signed out, except that a project whose
 * only active profile has no passphrase signs it in at once (a single user never sees a sign-in
 * step). A caller that did not name itself gets a fresh session that lives for one call.
 * Forgetting the longest idle client keeps a flood of made-up names from growing memory: that
 * client is simply signed out.
 */
export class Sessions {
  private readonly byClient = new Map<string, Session>();

  constructor(
    private readonly db: ProjectDatabase,
    /** Who changes are recorded under before a profile exists (the OS user, say). */
    readonly fallbackActor: string,
    private readonly limit = MAX_SESSIONS,
  ) {}

  of(caller: Caller): Session {
    if (caller.client === null) return this.start();
    const known = this.byClient.get(caller.client);
    if (known) {
      // Map order is insertion order: moving the client to the end keeps the idlest first.
      this.byClient.delete(caller.client);
      this.byClient.set(caller.client, known);
      return known;
    }
    const session = this.start();
    this.byClient.set(caller.client, session);
    if (this.byClient.size > this.limit) {
      const idlest = this.byClient.keys().next().value;
      if (idlest !== undefined) this.byClient.delete(idlest);
    }
    return session;
  }

  /** How many clients have a session now (for tests and diagnostics). */
  get size(): number {
    return this.byClient.size;
  }

  private start(): Session {
    const session = new Session(this.fallbackActor);
    signInLoneProfile(this.db, session);
    return session;
  }
}
