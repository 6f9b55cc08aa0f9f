import { create } from 'zustand';
import { createActionsPart } from './grid-store.actions';
import { createQueryPart } from './grid-store.query';
import type { GridState } from './grid-state';

export type { GridFilterState } from './grid-state';

/** The field grid: one query's rows page by page, the keyboard selection and bulk actions. */
export const useGridStore = create<GridState>((set, get) => ({
  ...createQueryPart(set, get),
  ...createActionsPart(set, get),
}));
