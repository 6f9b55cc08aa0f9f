import type { Profile } from '../../shared/contract/review-contract';

/**
 * Who is working in this window. Until a profile is chosen, changes are recorded under the
 * fallback name (the operating-system user, or `cli` on the command line).
 */
export class Session {
  profile: Profile | null = null;

  constructor(private readonly fallbackActor: string) {}

  /** The name every change is recorded under. */
  get actor(): string {
    return this.profile?.name ?? this.fallbackActor;
  }
}
