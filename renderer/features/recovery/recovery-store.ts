import { create } from 'zustand';
import type { BackupEntryDto } from '../../../shared/contract/backups';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

interface RecoveryState {
  /** Whether the project can be read; a damaged file is `project-unreadable`. */
  project: 'checking' | 'ok' | ApiError;
  /** The backups a restore may use (not damaged files set aside); null until listed. */
  backups: BackupEntryDto[] | null;
  restoring: boolean;
  error: ApiError | null;
  /** Asks for the project once; later calls wait for that answer. */
  checkProject(): Promise<void>;
  loadBackups(): Promise<void>;
  /** Restores the newest backup and reloads the window; resolves the refusal when refused. */
  restoreNewest(): Promise<ApiError | null>;
}

/**
 * The recovery screen's state: a damaged project file answers every call with
 * `project-unreadable`, and then the app shows the recovery screen instead of a page of errors.
 * Any other failure of the first call is left to the app's own error banner.
 */
export const useRecoveryStore = create<RecoveryState>((set) => {
  let checking: Promise<void> | null = null;

  return {
    project: 'checking',
    backups: null,
    restoring: false,
    error: null,

    checkProject() {
      checking ??= api['project.info']({}).then(
        () => set({ project: 'ok' }),
        (error: unknown) => {
          const failure = asApiError(error);
          set({ project: failure.code === 'project-unreadable' ? failure : 'ok' });
        },
      );
      return checking;
    },

    async loadBackups() {
      try {
        const listed = await api['backups.list']({});
        set({ backups: listed.backups.filter((b) => b.kind !== 'damaged') });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    async restoreNewest() {
      set({ restoring: true, error: null });
      try {
        await api['backups.restore']({});
        window.location.reload();
        return null;
      } catch (error) {
        const failure = asApiError(error);
        set({ error: failure, restoring: false });
        return failure;
      }
    },
  };
});
