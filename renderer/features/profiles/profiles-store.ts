import { create, type StoreApi } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { Profile, Role } from '../../../shared/contract/profiles';
import type { ProjectSettings } from '../../../shared/contract/project';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export interface NewProfile {
  name: string;
  role: Role;
  passphrase?: string;
}

export interface ProfileChange {
  id: number;
  role?: Role;
  passphrase?: string | null;
  retired?: boolean;
}

interface ProfilesState {
  /** Who is working now; null until someone signs in. */
  profile: Profile | null;
  profiles: Profile[];
  /** The session was asked: until then nothing decides whether the chooser shows. */
  ready: boolean;
  /**
   * The project keeps profiles. When listing them fails (an older server), the app works
   * without the chooser rather than locking the user out.
   */
  available: boolean;
  adminOpen: boolean;
  /** The project's settings, loaded when an admin opens the profiles dialog. */
  settings: ProjectSettings | null;
  error: ApiError | null;
  start(): Promise<void>;
  updateSettings(change: Partial<ProjectSettings>): Promise<void>;
  loadProfiles(): Promise<void>;
  signIn(profileId: number, passphrase?: string): Promise<boolean>;
  signOut(): Promise<void>;
  create(input: NewProfile): Promise<Profile | null>;
  update(change: ProfileChange): Promise<boolean>;
  openAdmin(): void;
  closeAdmin(): void;
  dismissError(): void;
}

type SetProfiles = StoreApi<ProfilesState>['setState'];
type GetProfiles = StoreApi<ProfilesState>['getState'];

/** Profiles and the session: who is working, and the admin's list of people. */
export const useProfilesStore = create<ProfilesState>((set, get) => ({
  profile: null,
  profiles: [],
  ready: false,
  available: false,
  adminOpen: false,
  settings: null,
  error: null,
  ...sessionActions(set, get),
  ...adminActions(set, get),
}));

/** Who is working: the session, and the list of people to choose from. */
function sessionActions(
  set: SetProfiles,
  get: GetProfiles,
): Pick<ProfilesState, 'start' | 'loadProfiles' | 'signIn' | 'signOut'> {
  return {
    async start() {
      try {
        const [session, profiles] = await Promise.all([
          api['session.get']({}),
          api['profiles.list']({}),
        ]);
        set({ profile: session.profile, profiles, available: true, ready: true });
      } catch {
        set({ available: false, ready: true });
      }
    },

    async loadProfiles() {
      try {
        set({ profiles: await api['profiles.list']({}) });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    async signIn(profileId, passphrase) {
      try {
        const { profile } = await api['session.signIn']({
          profileId,
          ...(passphrase ? { passphrase } : {}),
        });
        set({ profile, error: null });
        return true;
      } catch (error) {
        set({ error: asApiError(error) });
        return false;
      }
    },

    async signOut() {
      try {
        await api['session.signOut']({});
        set({ profile: null, adminOpen: false, error: null });
        await get().loadProfiles();
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
  };
}

/** The admin's dialog: adding and changing profiles, and the project's settings. */
function adminActions(
  set: SetProfiles,
  get: GetProfiles,
): Pick<
  ProfilesState,
  'create' | 'update' | 'openAdmin' | 'updateSettings' | 'closeAdmin' | 'dismissError'
> {
  return {
    async create(input) {
      try {
        const created = await api['profiles.create'](input);
        set({ error: null });
        await get().loadProfiles();
        return created;
      } catch (error) {
        set({ error: asApiError(error) });
        return null;
      }
    },

    async update(change) {
      try {
        const updated = await api['profiles.update'](change);
        set((s) => ({
          error: null,
          profiles: s.profiles.map((p) => (p.id === updated.id ? updated : p)),
          profile: s.profile?.id === updated.id ? updated : s.profile,
        }));
        return true;
      } catch (error) {
        set({ error: asApiError(error) });
        return false;
      }
    },

    openAdmin() {
      set({ adminOpen: true, error: null });
      void get().loadProfiles();
      void api['settings.get']({}).then(
        (settings) => set({ settings }),
        (error: unknown) => set({ error: asApiError(error) }),
      );
    },

    async updateSettings(change) {
      try {
        set({ settings: await api['settings.update'](change), error: null });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    closeAdmin() {
      set({ adminOpen: false, error: null });
    },
    dismissError() {
      set({ error: null });
    },
  };
}

/** Reviewers and admins hand out work (the server refuses anyone else). */
export function canAssign(profile: Profile | null): boolean {
  return profile !== null && (profile.role === 'reviewer' || profile.role === 'admin');
}
