import { create } from 'zustand';
import type { BackupEntryDto } from '../../../shared/contract/backups';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

interface BackupsState {
  opened: boolean;
  folder: string;
  backups: BackupEntryDto[];
  busy: boolean;
  error: ApiError | null;
  /** The last thing done, for the dialog's confirmation line. */
  done: { kind: 'made'; name: string } | null;
  open(): void;
  close(): void;
  load(): Promise<void>;
  backUpNow(): Promise<void>;
  /** Restores and then reloads the window, so every view shows the restored project. */
  restore(name: string | undefined): Promise<boolean>;
}

export const useBackupsStore = create<BackupsState>((set, get) => ({
  opened: false,
  folder: '',
  backups: [],
  busy: false,
  error: null,
  done: null,
  open: () => {
    set({ opened: true, error: null, done: null });
    void get().load();
  },
  close: () => set({ opened: false }),
  load: async () => {
    try {
      const { folder, backups } = await api['backups.list']({});
      set({ folder, backups });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },
  backUpNow: async () => {
    set({ busy: true, error: null, done: null });
    try {
      const made = await api['backups.create']({});
      set({ done: { kind: 'made', name: made.name } });
      await get().load();
    } catch (error) {
      set({ error: asApiError(error) });
    } finally {
      set({ busy: false });
    }
  },
  restore: async (name) => {
    set({ busy: true, error: null, done: null });
    try {
      await api['backups.restore'](name === undefined ? {} : { name });
      window.location.reload();
      return true;
    } catch (error) {
      set({ error: asApiError(error), busy: false });
      return false;
    }
  },
}));
