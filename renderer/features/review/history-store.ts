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

interface HistoryState {
  target: HistoryTarget | null;
  items: AuditEntry[];
  total: number;
  error: ApiError | null;
  exported: { path: string; rows: number } | null;
  /** The project's folder, where the audit log export is offered by default. */
  projectFolder: string;
  open(target: HistoryTarget): Promise<void>;
  close(): void;
  loadMore(): Promise<void>;
  /** `overwrite` once the user confirmed replacing an existing file (error `file-exists`). */
  exportLog(out: string, format: 'jsonl' | 'csv', overwrite?: boolean): Promise<void>;
}

function scope(target: HistoryTarget): { articleId?: number; valueId?: number } {
  if (target.kind === 'article') return { articleId: target.articleId };
  if (target.kind === 'value') return { valueId: target.valueId };
  return {};
}

/** The audit log, newest first, a page at a time; and its export to a file. */
export const useHistoryStore = create<HistoryState>((set, get) => ({
  target: null,
  items: [],
  total: 0,
  error: null,
  exported: null,
  projectFolder: '',

  async open(target) {
    set({ target, items: [], total: 0, error: null, exported: null });
    if (get().projectFolder === '') void loadProjectFolder(set);
    try {
      const page = await api['history.list']({ ...scope(target), offset: 0, limit: pageSize });
      if (get().target === target) set({ items: page.items, total: page.total });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },

  close() {
    set({ target: null, items: [], exported: null, error: null });
  },

  async loadMore() {
    const { target, items } = get();
    if (!target) return;
    try {
      const page = await api['history.list']({
        ...scope(target),
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
