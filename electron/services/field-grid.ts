import type { ParsedInput } from '../../shared/contract/contract';
import { ApiError } from '../../shared/contract/errors';
import { apiError } from '../../shared/contract/error-messages';
import type { GridOutcome, GridPage, GridRow } from '../../shared/contract/grid';
import {
  countGridValues,
  pageOfGridValues,
  spanContextsOf,
  type GridValueRow,
} from '../database/field-grid-queries';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { authorize } from './access-rules';
import type { Session } from './session';
import { editValue } from './value-editing';
import { setValueState } from './value-review';
import {
  planSuggestedStates,
  writeStatesPlan,
  type StateItem,
  type StatesPlan,
} from './value-states-set';

/**
 * Code points of context a snippet shows before and after the span, within its line: few before,
 * so the span stays in sight in a narrow column.
 */
const CONTEXT_BEFORE = 12;
const CONTEXT_AFTER = 30;

/**
 * One page of the field grid (or the confidence queue): the values of the asked fields (all the
 * schema's when none) that pass the filter, in the asked order, each with its first span and the
 * text around it. Unknown fields are refused by name.
 */
export function gridPage(db: ProjectDatabase, query: ParsedInput<'grid.list'>): GridPage {
  const schemaKeys = activeSchema(db).fields.map((f) => f.key);
  const fields = query.fields.length > 0 ? [...new Set(query.fields)] : schemaKeys;
  const unknown = fields.filter((key) => !schemaKeys.includes(key));
  if (unknown.length > 0) {
    throw apiError('fields-unknown', {
      fields: unknown.join(', '),
      known: schemaKeys.join(', '),
    });
  }
  const { minConfidence, maxConfidence } = query.filter;
  if (minConfidence !== undefined && maxConfidence !== undefined && minConfidence > maxConfidence)
    throw apiError('confidence-range-inverted');
  const stored = pageOfGridValues(db, { ...query, fields });
  const last = stored.length === query.limit ? stored[stored.length - 1] : undefined;
  return {
    rows: withSnippets(db, stored),
    next: last ? { fieldKey: last.fieldKey, keys: last.keys, id: last.valueId } : null,
    total: query.count ? countGridValues(db, fields, query.filter) : null,
  };
}

/** The rows as the window shows them: value parsed, first span and the text around it. */
function withSnippets(db: ProjectDatabase, rows: readonly GridValueRow[]): GridRow[] {
  const contexts = spanContextsOf(
    db,
    rows.map((r) => r.valueId),
    { before: CONTEXT_BEFORE, after: CONTEXT_AFTER },
  );
  return rows.map(({ documentId: _document, keys: _keys, value, ...row }) => {
    const context = contexts.get(row.valueId);
    return {
      ...row,
      value: JSON.parse(value) as unknown,
      span: context ? { start: context.start, end: context.end } : null,
      // The snippet stays on the span's line: context beyond a line break is another line's.
      snippet: context
        ? {
            before: context.before.slice(context.before.lastIndexOf('\n') + 1),
            marked: context.marked,
            after: context.after.split(/\r?\n/, 1)[0] ?? '',
          }
        : null,
    };
  });
}

/**
 * Runs `write` for each item as its own audited write, after the same access check the fields
 * panel's call of `method` passes; a refused item is named and the others go on. One transaction
 * around them all, so a thousand writes cost one commit (each write is a savepoint in it).
 */
function eachWrite<I extends { valueId: number }>(
  db: ProjectDatabase,
  items: readonly I[],
  write: (item: I) => { revision: number },
): GridOutcome {
  const outcome: GridOutcome = { done: [], refused: [] };
  inWriteTransaction(db, () => {
    for (const item of items) {
      try {
        outcome.done.push({ valueId: item.valueId, revision: write(item).revision });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const { code, message, key, params } = error.toPayload();
        outcome.refused.push({ valueId: item.valueId, code, message, key, params });
      }
    }
  });
  return outcome;
}

/**
 * Accepts or rejects each value as values.setState does (the panel's ✓ and ✗). Still-suggested
 * values are written as one set, with the access rule checked once per article
 * (value-states-set.ts); others (an undo) one by one.
 */
export function setGridStates(
  db: ProjectDatabase,
  items: ParsedInput<'grid.setStates'>['items'],
  session: Session,
): GridOutcome {
  const check = (item: StateItem) => authorize(db, 'values.setState', item, session);
  return inWriteTransaction(db, (): GridOutcome => {
    const plan = planSuggestedStates(db, items, check);
    if (!plan)
      return eachWrite(db, items, (item) => {
        check(item);
        return setValueState(db, item, session.actor);
      });
    writeStatesPlan(db, plan, session.actor);
    return outcomeOf(plan.outcomes);
  });
}

function outcomeOf(outcomes: StatesPlan['outcomes']): GridOutcome {
  const outcome: GridOutcome = { done: [], refused: [] };
  for (const item of outcomes) {
    if (!('error' in item)) {
      outcome.done.push(item);
      continue;
    }
    const { code, message, key, params } = item.error.toPayload();
    outcome.refused.push({ valueId: item.valueId, code, message, key, params });
  }
  return outcome;
}

/** Sets each value to the same text as values.edit does (the panel's `e`). */
export function editGridValues(
  db: ProjectDatabase,
  input: ParsedInput<'grid.edit'>,
  session: Session,
): GridOutcome {
  return eachWrite(db, input.items, (item) => {
    const edit = { ...item, text: input.text };
    authorize(db, 'values.edit', edit, session);
    return editValue(db, edit, session.actor);
  });
}
