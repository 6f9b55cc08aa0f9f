import { ApiError } from '../../shared/contract/errors';
import type { Profile } from '../../shared/contract/review-contract';

/**
 * Who is working in this window. Until a profile is chosen, changes are recorded under the
 * fallback name (the operating-system user, or `cli` on the command line). Checking a
 * passphrase is the profiles service's job; the session only remembers the outcome.
 */
export class Session {
  profile: Profile | null = null;

  constructor(readonly fallbackActor: string) {}

  /** The name every change is recorded under. */
  get actor(): string {
    return this.profile?.name ?? this.fallbackActor;
  }

  /** The signed-in profile, for actions that need one (the workflow, assignment, comments). */
  requireProfile(): Profile {
    if (!this.profile) {
      throw new ApiError('forbidden', 'Choose a profile first: this action records who did it.');
    }
    return this.profile;
  }
}
