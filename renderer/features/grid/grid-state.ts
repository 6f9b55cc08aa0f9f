import type { StoreApi } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type {
  GridCursor,
  GridFilter,
  GridOutcome,
  GridRow,
  GridSort,
} from '../../../shared/contract/grid';
import type { Field } from '../../../shared/schema';
import type { GridSelection } from './grid-selection';

export type GridFilterState = Required<Pick<GridFilter, 'states'>> & Omit<GridFilter, 'states'>;

export interface GridState {
  /** The schema's fields (labels, types) for the field picker and the value column. */
  schemaFields: Field[];
  fields: string[];
  filter: GridFilterState;
  sort: GridSort;
  descending: boolean;
  rows: GridRow[];
  next: GridCursor | null;
  total: number | null;
  loading: boolean;
  selection: GridSelection;
  /** What the last bulk action did, for the line under the toolbar. */
  outcome: GridOutcome | null;
  editing: boolean;
  error: ApiError | null;
  open(): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  setFields(fields: string[]): void;
  setFilter(change: Partial<GridFilterState>): void;
  sortBy(sort: GridSort): void;
  moveCursor(index: number): void;
  extendSelection(step: 1 | -1): void;
  toggleSelected(): void;
  selectAllLoaded(): void;
  setStates(state: 'accepted' | 'rejected'): Promise<void>;
  setEditing(editing: boolean): void;
  edit(text: string): Promise<void>;
  openAtCursor(): Promise<void>;
}

export type SetGrid = StoreApi<GridState>['setState'];
export type GetGrid = StoreApi<GridState>['getState'];
