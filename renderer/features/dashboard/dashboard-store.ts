import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type DashboardStats = MethodOutput<'dashboard.stats'>;

interface DashboardState {
  days: number;
  stats: DashboardStats | null;
  error: ApiError | null;
  load(days?: number): Promise<void>;
}

/** The progress dashboard's figures, over the last `days` days. */
export const useDashboardStore = create<DashboardState>((set, get) => ({
  days: 30,
  stats: null,
  error: null,

  async load(days = get().days) {
    set({ days });
    try {
      const stats = await api['dashboard.stats']({ days });
      if (get().days === days) set({ stats, error: null });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },
}));
