import { ApiError } from '../../shared/contract/errors';

/** Wrong passphrases allowed before each further try of a profile has to wait. */
export const FREE_ATTEMPTS = 3;
/** The first wait, doubled with every further wrong passphrase, up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 1000;
export const MAX_WAIT_MS = 5 * 60 * 1000;

interface Failures {
  count: number;
  /** No try of this profile is checked before this time (ms since the epoch). */
  lockedUntil: number;
}

/**
 * Slows passphrase guessing, per profile, on the Node side where a script cannot skip it. After
 * FREE_ATTEMPTS wrong passphrases, every try must wait: 1 s, then 2 s, 4 s… up to 5 minutes,
 * counted from the last wrong one. A try during the wait is refused without checking the
 * passphrase (so waiting cannot be raced), and the right passphrase clears the count. Kept in
 * memory for the open project: the wait protects a running app, where guessing is cheap.
 */
export class SignInThrottle {
  private readonly failures = new Map<number, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Refuses a try while the profile is waiting after wrong passphrases. */
  check(profileId: number, profileName: string): void {
    const waitMs = (this.failures.get(profileId)?.lockedUntil ?? 0) - this.now();
    if (waitMs > 0) {
      throw new ApiError(
        'forbidden',
        `Too many wrong passphrases for ${profileName}: wait ${Math.ceil(waitMs / 1000)} s before trying again.`,
      );
    }
  }

  failed(profileId: number): void {
    const count = (this.failures.get(profileId)?.count ?? 0) + 1;
    const extra = count - FREE_ATTEMPTS;
    const waitMs = extra <= 0 ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (extra - 1), MAX_WAIT_MS);
    this.failures.set(profileId, { count, lockedUntil: this.now() + waitMs });
  }

  succeeded(profileId: number): void {
    this.failures.delete(profileId);
  }
}
