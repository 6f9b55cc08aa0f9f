import { create } from 'zustand';
import type { Profile, SavedSearch } from '../../../shared/contract';
import type { ArticleStatus } from '../../../shared/contract/domain';
import type { ApiError } from '../../../shared/contract/errors';
import type { MergeConflictDto } from '../../../shared/contract/packages';
import { parseFieldSchema, type FieldLabels } from '../../../shared/schema';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type Side = 'package' | 'main';

interface PackageSelectionForm {
  out: string;
  savedSearchId: number | null;
  assigneeId: number | null;
  status: ArticleStatus | null;
}

export type Done =
  | { kind: 'created'; path: string; articles: number; documents: number; values: number }
  | { kind: 'already-merged'; mergedAt: string }
  | { kind: 'merged'; values: number; states: number; comments: number; resolved: number };

interface PackagesState {
  /** Which dialog is open: making a package, or merging one back. */
  opened: 'create' | 'merge' | null;
  busy: boolean;
  error: ApiError | null;
  /** The last thing done, for the dialog's confirmation line. */
  done: Done | null;
  /** The package being merged, and its conflicts while they wait for choices. */
  file: string;
  conflicts: MergeConflictDto[];
  choices: Record<string, Side>;
  /** The conflict the keyboard acts on (j/k move, 1/2 choose). */
  current: number;
  /** The schema's fields, so a conflict names its field by label and formats its value. */
  fields: { key: string; type: string; labels: FieldLabels }[];
  /** What a selection is made from (either may be empty in a new project). */
  searches: SavedSearch[];
  profiles: Profile[];
  openCreate(): void;
  openMerge(): void;
  /** Reads the schema's fields (labels and types). */
  loadFields(): Promise<void>;
  close(): void;
  setFile(file: string): void;
  create(form: PackageSelectionForm): Promise<void>;
  /** Merges `file`; stops on conflicts (shown), or applies with the choices made. */
  merge(): Promise<void>;
  choose(id: string, side: Side): void;
  chooseAll(side: Side): void;
  /** Moves the keyboard's conflict by `delta`, within the list. */
  move(delta: number): void;
  /** Chooses a side for the keyboard's conflict, then moves to the next one. */
  chooseCurrent(side: Side): void;
}

const fresh = { busy: false, error: null, done: null, conflicts: [], choices: {}, current: 0 };

type Set = (partial: Partial<PackagesState>) => void;
type Get = () => PackagesState;

/** Merges the chosen file; stops on conflicts, or applies once each has a choice. */
async function mergeWithChoices(set: Set, get: Get): Promise<void> {
  const { file, conflicts, choices } = get();
  set({ busy: true, error: null, done: null });
  try {
    // Choices are sent only once every shown conflict has one: none is decided by default.
    const decided = conflicts.length > 0 && conflicts.every((c) => choices[c.id]);
    const result = await api['packages.merge']({ file, ...(decided ? { choices } : {}) });
    if (result.status === 'conflicts')
      set({ conflicts: result.conflicts, choices: {}, current: 0 });
    else if (result.status === 'already-merged')
      set({ conflicts: [], done: { kind: 'already-merged', mergedAt: result.mergedAt } });
    else
      set({
        conflicts: [],
        choices: {},
        done: {
          kind: 'merged',
          values: result.summary.values + result.summary.added + result.summary.removed,
          states: result.summary.states,
          comments: result.summary.comments,
          resolved: result.summary.resolved,
        },
      });
  } catch (error) {
    set({ error: asApiError(error) });
  } finally {
    set({ busy: false });
  }
}

/** The schema's fields, for labels and value types in the conflict view and the dashboard. */
async function loadFields(set: Set): Promise<void> {
  try {
    const { schema } = await api['schema.get']({});
    set({
      fields: parseFieldSchema(schema).fields.map(({ key, type, labels }) => ({
        key,
        type,
        labels,
      })),
    });
  } catch {
    set({ fields: [] });
  }
}

/** Project → Create Work Package… and Merge Work Package… (issue 20). */
export const usePackagesStore = create<PackagesState>((set, get) => ({
  opened: null,
  file: '',
  ...fresh,
  searches: [],
  profiles: [],
  fields: [],
  openCreate: () => {
    set({ opened: 'create', ...fresh });
    void api['searches.list']({}).then(
      (searches) => set({ searches }),
      () => set({ searches: [] }),
    );
    void api['profiles.list']({}).then(
      (profiles) => set({ profiles }),
      () => set({ profiles: [] }),
    );
  },
  openMerge: () => {
    set({ opened: 'merge', ...fresh });
    void get().loadFields();
  },
  loadFields: () => loadFields(set),
  close: () => set({ opened: null }),
  setFile: (file) => set({ file, conflicts: [], choices: {}, done: null, error: null }),
  create: async (form) => {
    set({ busy: true, error: null, done: null });
    try {
      const filter = {
        ...(form.assigneeId === null ? {} : { assigneeId: form.assigneeId }),
        ...(form.status === null ? {} : { status: form.status }),
      };
      const created = await api['packages.create']({
        out: form.out,
        overwrite: false,
        filter,
        ...(form.savedSearchId === null ? {} : { savedSearchId: form.savedSearchId }),
      });
      set({ done: { kind: 'created', ...created } });
    } catch (error) {
      set({ error: asApiError(error) });
    } finally {
      set({ busy: false });
    }
  },
  merge: () => mergeWithChoices(set, get),
  choose: (id, side) => set({ choices: { ...get().choices, [id]: side } }),
  chooseAll: (side) =>
    set({ choices: Object.fromEntries(get().conflicts.map((c) => [c.id, side])) }),
  move: (delta) => {
    const last = get().conflicts.length - 1;
    set({ current: Math.min(Math.max(get().current + delta, 0), Math.max(last, 0)) });
  },
  chooseCurrent: (side) => {
    const { conflicts, current } = get();
    const conflict = conflicts[current];
    if (!conflict) return;
    get().choose(conflict.id, side);
    get().move(1);
  },
}));
