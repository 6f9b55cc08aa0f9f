import type { StoreApi } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { GridCursor, GridRow } from '../../../shared/contract/grid';
import type { Field } from '../../../shared/schema';

export const queueOrders = ['confidence', 'rule', 'field'] as const;
export type QueueOrder = (typeof queueOrders)[number];

export interface QueueState {
  order: QueueOrder;
  schemaFields: Field[];
  items: GridRow[];
  next: GridCursor | null;
  total: number | null;
  index: number;
  decided: number;
  skipped: number;
  /** Each step taken, so Ctrl+Z goes back one: a decision is undone, a skip is returned to. */
  history: { index: number; kind: 'decided' | 'skipped' }[];
  /** The value being fixed in the fields panel (`e`); the queue moves on once it is saved. */
  fixing: number | null;
  loading: boolean;
  error: ApiError | null;
  start(order?: QueueOrder): Promise<void>;
  decide(state: 'accepted' | 'rejected'): Promise<void>;
  fix(): void;
  /** The value being fixed was saved: that is the decision on it. */
  fixed(): Promise<void>;
  skip(): Promise<void>;
  undo(): Promise<void>;
}

export type SetQueue = StoreApi<QueueState>['setState'];
export type GetQueue = StoreApi<QueueState>['getState'];
