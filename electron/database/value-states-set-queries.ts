import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';
import type { ValueOfSet } from './value-triggers-paused';

/** What a set-based ✓ or ✗ reads of each value before it writes. */
export interface ValueStateRow {
  id: number;
  articleId: number;
  fieldKey: string;
  state: string;
  revision: number;
}

const valuesOfIds = prepare<[valueIds: string], ValueStateRow>(
  `SELECT id, article_id AS articleId, field_key AS fieldKey, state, revision
     FROM field_values WHERE id IN (SELECT value FROM json_each(?))`,
);

/** The stored values of these ids, by id (ids with no value are absent): one query. */
export function valueStatesOf(
  db: ProjectDatabase,
  valueIds: readonly number[],
): Map<number, ValueStateRow> {
  return new Map(valuesOfIds.all(db, JSON.stringify(valueIds)).map((row) => [row.id, row]));
}

const setSuggestedStates = prepare<[{ valueIds: string; state: string; at: string }], ValueOfSet>(
  `UPDATE field_values SET state = @state, revision = revision + 1, updated_at = @at
    WHERE id IN (SELECT value FROM json_each(@valueIds)) AND state = 'suggested'
   RETURNING id AS valueId, extractor, origin`,
);

/**
 * Moves these values, all still suggested, to `state` in one UPDATE (each a new revision) and
 * returns them in the order given, for writeValueStatesAsSet to vote in that order.
 */
export function writeSuggestedStates(
  db: ProjectDatabase,
  valueIds: readonly number[],
  state: string,
  at: string,
): ValueOfSet[] {
  const written = new Map(
    setSuggestedStates
      .all(db, { valueIds: JSON.stringify(valueIds), state, at })
      .map((value) => [value.valueId, value]),
  );
  return valueIds.flatMap((id) => written.get(id) ?? []);
}
