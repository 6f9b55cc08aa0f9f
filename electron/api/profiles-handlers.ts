import type { profilesContract } from '../../shared/contract/profiles';
import {
  createProfile,
  listPublicProfiles,
  signIn,
  signOut,
  updateProfile,
} from '../services/profiles';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** Profiles and the signed-in profile of each window (shared/contract/profiles.ts). */
export function createProfilesHandlers(
  context: HandlerContext,
): DomainHandlers<typeof profilesContract> {
  const { project, throttle } = context;
  const { db } = project;
  return {
    'profiles.list': () => listPublicProfiles(db),
    'profiles.create': (input, session) => createProfile(db, input, session),
    'profiles.update': (input, session) => updateProfile(db, input, session),
    'session.get': (_input, session) => ({ profile: session.profile }),
    'session.signIn': (input, session) => ({ profile: signIn(db, input, session, throttle) }),
    'session.signOut': (_input, session) => ({ profile: signOut(session) }),
  };
}
