import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { AuditEntry } from '../../../shared/contract/review';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

/** Whose history is shown: one article (with its values), one value, or everything. */
export type HistoryTarget =
  | { kind: 'article'; articleId: number; title: string }
  | { kind: 'value'; valueId: number; label: string }
  | { kind: 'all' };

const pageSize = 200;

/** What the log is narrowed to (each optional); the server applies them before paging. */
export interface HistoryFilters {
  actor?: string;
  action?: string;
  articleId?: number;
  /** Days as YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
}

interface HistoryState {
  target: HistoryTarget | null;
  filters: HistoryFilters;
  items: AuditEntry[];
  total: number;
  error: ApiError | null;
  exported: { path: string; rows: number } | null;
  /** The project's folder, where the audit log export is offered by default. */
  projectFolder: string;
  open(target: HistoryTarget): Promise<void>;
  close(): void;
  /** Narrows the log and loads its first page again. */
  setFilters(filters: HistoryFilters): Promise<void>;
  loadMore(): Promise<void>;
  /** `overwrite` once the user confirmed replacing an existing file (error `file-exists`). */
  exportLog(out: string, format: 'jsonl' | 'csv', overwrite?: boolean): Promise<void>;
}

function scope(target: HistoryTarget, filters: HistoryFilters) {
  if (target.kind === 'article') return { ...filters, articleId: target.articleId };
  if (target.kind === 'value') return { ...filters, articleId: undefined, valueId: target.valueId };
  return filters;
}

/** The audit log, newest first, a page at a time; and its export to a file. */
export const useHistoryStore = create<HistoryState>((set, get) => ({
  target: null,
  filters: {},
  items: [],
  total: 0,
  error: null,
  exported: null,
  projectFolder: '',

  async open(target) {
    set({ target, filters: {}, items: [], total: 0, error: null, exported: null });
    if (get().projectFolder === '') void loadProjectFolder(set);
    await get().setFilters({});
  },

  async setFilters(filters) {
    const { target } = get();
    if (!target) return;
    set({ filters, error: null });
    try {
      const page = await api['history.list']({
        ...scope(target, filters),
        offset: 0,
        limit: pageSize,
      });
      if (get().target === target && get().filters === filters)
        set({ items: page.items, total: page.total });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  close() {
    set({ target: null, filters: {}, items: [], exported: null, error: null });
  },

  async loadMore() {
    const { target, items, filters } = get();
    if (!target) return;
    try {
      const page = await api['history.list']({
        ...scope(target, filters),
        offset: items.length,
        limit: pageSize,
      });
      if (get().target === target) set({ items: [...items, ...page.items], total: page.total });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  async exportLog(out, format, overwrite = false) {
    set({ error: null, exported: null });
    try {
      set({ exported: await api['history.export']({ out: out.trim(), format, overwrite }) });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },
}));

async function loadProjectFolder(set: (state: Partial<HistoryState>) => void): Promise<void> {
  try {
    const { path } = await api['project.info']({});
    const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    if (cut > 0) set({ projectFolder: path.slice(0, cut + 1) });
  } catch {
    // Without the folder the path box starts with a bare file name; the user can type one.
  }
}
