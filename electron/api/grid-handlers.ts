import type { gridContract } from '../../shared/contract/grid';
import { editGridValues, gridPage, setGridStates } from '../services/field-grid';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** The field grid and the confidence queue (shared/contract/grid.ts). */
export function createGridHandlers(context: HandlerContext): DomainHandlers<typeof gridContract> {
  const { db } = context.project;
  return {
    'grid.list': (input) => gridPage(db, input),
    'grid.setStates': (input, session) => setGridStates(db, input.items, session),
    'grid.edit': (input, session) => editGridValues(db, input, session),
  };
}
