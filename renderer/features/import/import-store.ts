import { create } from 'zustand';
import type { JobStatePayload } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import type { ColumnMappingInput, TableInspection } from '../../../shared/contract/table-mapping';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { createJobTracking } from '../../api/job-tracking';

interface ImportState {
  dialogOpen: boolean;
  /** The job being watched: running, or finished and its report not yet dismissed. */
  job: JobStatePayload | null;
  error: ApiError | null;
  /**
   * The mapping step: the typed paths hold .csv/.jsonl tables, inspected so the user can choose
   * their columns before importing. null while choosing paths.
   */
  tableStep: { paths: string[]; tables: TableInspection[]; encoding?: string } | null;
  inspecting: boolean;
  openDialog(): void;
  closeDialog(): void;
  /**
   * Import clicked: look for tables first; without any, import straight away. `encoding` is the
   * dialog's "decode as…" choice (undefined: detect each file's).
   */
  checkTablesThenImport(paths: string[], encoding?: string): Promise<void>;
  leaveTableStep(): void;
  importPaths(
    paths: string[],
    columnMapping?: ColumnMappingInput,
    encoding?: string,
  ): Promise<void>;
  uploadFiles(files: readonly File[], encoding?: string): Promise<void>;
  cancel(): Promise<void>;
  dismissReport(): void;
  /** Looks for jobs started elsewhere (the desktop menu) and follows the newest running one. */
  discoverJobs(): Promise<void>;
  /** Follows a job another store started (model suggestions): progress here, report at the end. */
  followJob(job: JobStatePayload): void;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

type JobEndListener = (job: JobStatePayload) => void | Promise<void>;
const jobEndListeners = new Set<JobEndListener>();

/**
 * Calls `listener` each time a followed import or extraction job ends (after the store shows its
 * last state). Stores that show what a job writes (the article list) listen, so this store needs
 * to know none of them. Returns the function that stops listening.
 */
export function onImportJobEnd(listener: JobEndListener): () => void {
  jobEndListeners.add(listener);
  return () => jobEndListeners.delete(listener);
}

/** Import jobs: start them, follow their progress, cancel them, show their reports. */
export const useImportStore = create<ImportState>((set, get) => {
  const jobs = createJobTracking(set, get, api, async (job) => {
    await Promise.all([...jobEndListeners].map((listener) => listener(job)));
  });
  const follow = (job: JobStatePayload): void => {
    set({ job, dialogOpen: false, error: null, tableStep: null });
    jobs.follow(job);
  };

  return {
    dialogOpen: false,
    job: null,
    error: null,
    tableStep: null,
    inspecting: false,
    openDialog: () => set({ dialogOpen: true, error: null, tableStep: null }),
    closeDialog: () => set({ dialogOpen: false, tableStep: null }),

    async checkTablesThenImport(paths, encoding) {
      set({ inspecting: true, error: null });
      try {
        const tables = await api['import.inspectTables']({ paths, ...(encoding && { encoding }) });
        set({ inspecting: false });
        if (tables.length > 0) set({ tableStep: { paths, tables, encoding } });
        else await get().importPaths(paths, undefined, encoding);
      } catch (error) {
        set({ inspecting: false, error: asApiError(error) });
      }
    },

    leaveTableStep: () => set({ tableStep: null, error: null }),

    async importPaths(paths, columnMapping, encoding) {
      try {
        follow(
          await api['import.start']({
            paths,
            ...(columnMapping && { columnMapping }),
            ...(encoding && { encoding }),
          }),
        );
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    async uploadFiles(files, encoding) {
      try {
        const payload = await Promise.all(
          files.map(async (file) => ({
            name: file.name,
            dataBase64: toBase64(await file.arrayBuffer()),
          })),
        );
        follow(await api['import.upload']({ files: payload, ...(encoding && { encoding }) }));
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },

    cancel: jobs.cancel,

    followJob: (job) => follow(job),

    dismissReport: () => set({ job: null }),

    async discoverJobs() {
      if (get().job) return;
      try {
        // Export jobs are followed by the export dialog, not shown as imports.
        const running = (await api['jobs.list']({})).find(
          (j) => j.status === 'running' && j.kind !== 'export',
        );
        if (running) follow(running);
      } catch {
        // Discovery is best effort; explicit actions report their own errors.
      }
    },
  };
});
