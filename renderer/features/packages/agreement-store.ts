import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type ProjectAgreement = MethodOutput<'agreement.stats'>;

interface AgreementState {
  agreement: ProjectAgreement | null;
  error: ApiError | null;
  load(): Promise<void>;
}

/** Double annotation's figures (packages.agreement), for the dashboard. */
export const useAgreementStore = create<AgreementState>((set) => ({
  agreement: null,
  error: null,
  async load() {
    try {
      set({ agreement: await api['agreement.stats']({}), error: null });
    } catch (error) {
      set({ error: asApiError(error) });
    }
  },
}));
