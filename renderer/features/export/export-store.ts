import { create } from 'zustand';
import type {
  ExportEntryPayload,
  ExportFormatName,
  JobStatePayload,
} from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type ExportStatusChoice = 'approved' | 'submitted' | 'any';

export interface ExportRequest {
  format: ExportFormatName;
  out: string;
  status: ExportStatusChoice;
  includeRejected: boolean;
}

interface ExportState {
  dialogOpen: boolean;
  /** The export being watched: running, or finished and shown until the next one starts. */
  job: JobStatePayload | null;
  error: ApiError | null;
  /** Exports recorded in the project, newest first (refreshed on open and after each export). */
  history: ExportEntryPayload[];
  openDialog(): void;
  closeDialog(): void;
  start(request: ExportRequest): Promise<void>;
  cancel(): Promise<void>;
  loadHistory(): Promise<void>;
}

const pollMs = 250;
let pollTimer: ReturnType<typeof setTimeout> | null = null;

/** Export jobs: start one, follow its progress by polling jobs.get, cancel it, list past ones. */
export const useExportStore = create<ExportState>((set, get) => {
  const follow = (job: JobStatePayload): void => {
    set({ job, error: null });
    if (pollTimer) clearTimeout(pollTimer);
    const tick = async (): Promise<void> => {
      const current = get().job;
      if (!current) return;
      try {
        const next = await api['jobs.get']({ id: current.id });
        set({ job: next });
        if (next.status === 'running') {
          pollTimer = setTimeout(() => void tick(), pollMs);
        } else {
          pollTimer = null;
          await get().loadHistory();
        }
      } catch (error) {
        set({ error: asApiError(error) });
      }
    };
    pollTimer = setTimeout(() => void tick(), pollMs);
  };

  return {
    dialogOpen: false,
    job: null,
    error: null,
    history: [],
    openDialog: () => {
      set({ dialogOpen: true, error: null });
      void get().loadHistory();
    },
    // Closing the dialog does not stop a running export; reopening shows its progress again.
    closeDialog: () => set({ dialogOpen: false }),

    async start(request) {
      set({ error: null });
      try {
        follow(await api['export.start']({ ...request, out: request.out.trim() }));
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    async cancel() {
      const job = get().job;
      if (!job) return;
      try {
        set({ job: await api['jobs.cancel']({ id: job.id }) });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    async loadHistory() {
      try {
        set({ history: await api['exports.list']({}) });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
  };
});
