import { create } from 'zustand';
import type {
  ExportEntryPayload,
  ExportFormatName,
  JobStatePayload,
} from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { createJobTracking } from '../../api/job-tracking';

export type ExportStatusChoice = 'approved' | 'submitted' | 'any';

export interface ExportRequest {
  format: ExportFormatName;
  out: string;
  status: ExportStatusChoice;
  includeRejected: boolean;
  /** Only the articles assigned to this profile. */
  assigneeId?: number | undefined;
  /** Only the articles this saved search selects. */
  savedSearchId?: number | undefined;
}

/** A choice for the dialog's assignee and saved-search selects. */
export interface ExportChoice {
  id: number;
  name: string;
}

interface ExportState {
  dialogOpen: boolean;
  /** The export being watched: running, or finished and shown until the next one starts. */
  job: JobStatePayload | null;
  error: ApiError | null;
  /** Exports recorded in the project, newest first (refreshed on open and after each export). */
  history: ExportEntryPayload[];
  /** Profiles and saved searches to narrow the export by (loaded when the dialog opens). */
  assignees: ExportChoice[];
  savedSearches: ExportChoice[];
  openDialog(): void;
  closeDialog(): void;
  /** `overwrite` once the user confirmed replacing an existing file (error `file-exists`). */
  start(request: ExportRequest, overwrite?: boolean): Promise<void>;
  cancel(): Promise<void>;
  loadHistory(): Promise<void>;
  loadChoices(): Promise<void>;
}

/** Export jobs: start one, follow its progress (createJobTracking), cancel it, list past ones. */
export const useExportStore = create<ExportState>((set, get) => {
  const jobs = createJobTracking(set, get, api, () => get().loadHistory());
  const follow = (job: JobStatePayload): void => {
    set({ job, error: null });
    jobs.follow(job);
  };

  return {
    dialogOpen: false,
    job: null,
    error: null,
    history: [],
    assignees: [],
    savedSearches: [],
    openDialog: () => {
      set({ dialogOpen: true, error: null });
      void get().loadHistory();
      void get().loadChoices();
    },
    // Closing the dialog does not stop a running export; reopening shows its progress again.
    closeDialog: () => set({ dialogOpen: false }),

    async start(request, overwrite = false) {
      set({ error: null });
      try {
        const { assigneeId, savedSearchId, ...rest } = request;
        follow(
          await api['export.start']({
            ...rest,
            out: request.out.trim(),
            overwrite,
            ...(assigneeId === undefined ? {} : { assigneeId }),
            ...(savedSearchId === undefined ? {} : { savedSearchId }),
          }),
        );
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    cancel: jobs.cancel,

    async loadChoices() {
      try {
        const [profiles, searches] = await Promise.all([
          api['profiles.list']({}),
          api['searches.list']({}),
        ]);
        set({
          assignees: profiles.filter((p) => !p.retired).map((p) => ({ id: p.id, name: p.name })),
          savedSearches: searches.map((s) => ({ id: s.id, name: s.name })),
        });
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
