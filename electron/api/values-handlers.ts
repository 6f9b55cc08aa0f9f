import type { valuesContract } from '../../shared/contract/values';
import {
  addValue,
  attachSpan,
  detachSpan,
  editValue,
  editValueParts,
  removeValue,
  reorderValues,
  revertValue,
  revertValues,
} from '../services/value-editing';
import { setValueState, setValueStates } from '../services/value-review';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** Every edit of a value (shared/contract/values.ts), made as the calling window's profile. */
export function createValuesHandlers(
  context: HandlerContext,
): DomainHandlers<typeof valuesContract> {
  const { db } = context.project;
  return {
    'values.setState': (input, session) => setValueState(db, input, session.actor),
    'values.edit': (input, session) => editValue(db, input, session.actor),
    'values.editParts': (input, session) => editValueParts(db, input, session.actor),
    'values.revert': (input, session) => revertValue(db, input, session.actor),
    'values.setStates': (input, session) => setValueStates(db, input.items, session.actor),
    'values.revertMany': (input, session) => revertValues(db, input.items, session.actor),
    'values.add': (input, session) => addValue(db, input, session.actor),
    'values.remove': (input, session) => removeValue(db, input, session.actor),
    'values.attachSpan': (input, session) => attachSpan(db, input, session.actor),
    'values.detachSpan': (input, session) => detachSpan(db, input, session.actor),
    'values.reorder': (input, session) => reorderValues(db, input, session.actor),
  };
}
