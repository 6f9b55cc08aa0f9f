import { apiError } from '../../shared/contract/error-messages';
import type { ProjectDatabase } from '../database/open-project';
import { deleteMeta, getMeta, setMeta } from '../database/meta-repository';

/** Wrong passphrases allowed before each further try of a profile has to wait. */
export const FREE_ATTEMPTS = 3;
/** The first wait, doubled with every further wrong passphrase, up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 1000;
export const MAX_WAIT_MS = 5 * 60 * 1000;

export interface Failures {
  count: number;
  /** No try of this profile is checked before this time (ms since the epoch). */
  lockedUntil: number;
}

/** Where a throttle keeps each profile's wrong passphrases. */
export interface FailureStore {
  read(profileId: number): Failures | undefined;
  /** Stores the profile's failures; undefined forgets them. */
  write(profileId: number, failures: Failures | undefined): void;
}

/** For a file that must not be written (a backup read during a recovery): the running app only. */
export function failuresInMemory(): FailureStore {
  const failures = new Map<number, Failures>();
  return {
    read: (profileId) => failures.get(profileId),
    write: (profileId, value) => {
      if (value) failures.set(profileId, value);
      else failures.delete(profileId);
    },
  };
}

const metaKey = (profileId: number): string => `sign-in-failures:${profileId}`;

/**
 * In the project's meta table, so quitting and starting Gleaner again (or killing `gleaner
 * serve`) does not give a guesser a fresh set of free tries. A value that does not read as
 * failures (written by hand, say) counts as none rather than locking the profile out.
 */
export function failuresInProject(db: ProjectDatabase): FailureStore {
  return {
    read(profileId) {
      const stored = getMeta(db, metaKey(profileId));
      if (stored === undefined) return undefined;
      try {
        const parsed = JSON.parse(stored) as Partial<Failures>;
        if (Number.isSafeInteger(parsed.count) && Number.isFinite(parsed.lockedUntil))
          return { count: parsed.count!, lockedUntil: parsed.lockedUntil! };
      } catch {
        // Unreadable: treated as no failures.
      }
      return undefined;
    },
    write(profileId, failures) {
      if (failures) setMeta(db, metaKey(profileId), JSON.stringify(failures));
      else deleteMeta(db, metaKey(profileId));
    },
  };
}

/**
 * Slows passphrase guessing, per profile, on the Node side where a script cannot skip it. After
 * FREE_ATTEMPTS wrong passphrases, every try must wait: 1 s, then 2 s, 4 s… up to 5 minutes,
 * counted from the last wrong one. A try during the wait is refused without checking the
 * passphrase (so waiting cannot be raced), and the right passphrase clears the count. The count
 * lives in a FailureStore: the project's own file for an open project, so a restart keeps it.
 */
export class SignInThrottle {
  constructor(
    private readonly store: FailureStore = failuresInMemory(),
    private readonly now: () => number = Date.now,
  ) {}

  /** Refuses a try while the profile is waiting after wrong passphrases. */
  check(profileId: number, profileName: string): void {
    const waitMs = (this.store.read(profileId)?.lockedUntil ?? 0) - this.now();
    if (waitMs > 0) {
      throw apiError('too-many-passphrases', {
        name: profileName,
        seconds: Math.ceil(waitMs / 1000),
      });
    }
  }

  failed(profileId: number): void {
    const count = (this.store.read(profileId)?.count ?? 0) + 1;
    const extra = count - FREE_ATTEMPTS;
    const waitMs = extra <= 0 ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (extra - 1), MAX_WAIT_MS);
    this.store.write(profileId, { count, lockedUntil: this.now() + waitMs });
  }

  succeeded(profileId: number): void {
    if (this.store.read(profileId)) this.store.write(profileId, undefined);
  }
}
