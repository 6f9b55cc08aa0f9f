import { apiError } from '../../shared/contract/error-messages';
import type { Profile } from '../../shared/contract/profiles';

/**
 * Who is working in one window or browser tab (see Sessions). Until a profile is chosen the
 * window can change nothing (access-rules.ts); the fallback name only names a project's first
 * profile. Checking a passphrase is the profiles service's job; the session only remembers the
 * outcome.
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
      throw apiError('choose-profile-first');
    }
    return this.profile;
  }
}
