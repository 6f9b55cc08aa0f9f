import { inWriteTransaction, type ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** A value a set-based write changed, with what the paused triggers read of it. */
export interface ValueOfSet {
  valueId: number;
  extractor: string | null;
  origin: string;
}

type State = 'suggested' | 'accepted' | 'rejected';

const pause = prepare('INSERT INTO value_triggers_paused (one) VALUES (1)');
const resume = prepare('DELETE FROM value_triggers_paused');

const bumpValuesCounter = prepare<[changed: number]>(
  "UPDATE change_counters SET n = n + ? WHERE name = 'values'",
);

const addOutcomes = prepare<[extractor: string, state: State, delta: number]>(
  `INSERT INTO extractor_outcome_counts (extractor, state, n) VALUES (?, ?, ?)
   ON CONFLICT (extractor, state) DO UPDATE SET n = n + excluded.n`,
);

/** migration 0017's learned key (learnedKey in shared/extraction/learned). */
const learnedKey = (column: string) =>
  `replace(replace(replace(replace(replace(${column}, ' ', ''), char(9), ''), char(13), ''), char(10), ''), char(12288), '')`;

const dropVotes = prepare<[valueIds: string]>(
  'DELETE FROM learned_votes WHERE value_id IN (SELECT value FROM json_each(?))',
);

// In the order one ✓ per value would vote (article, then value), so the change log of the learned
// lexicon (learned_changes) lists the same entries in the same order.
const addVotes = prepare<[{ valueIds: string; to: State }]>(
  `INSERT INTO learned_votes (value_id, field_key, text, kind, article_id, value)
   SELECT id, field_key, ${learnedKey('raw')},
          CASE @to WHEN 'rejected' THEN 'reject' ELSE 'keep' END, article_id, value
     FROM field_values
    WHERE id IN (SELECT value FROM json_each(@valueIds))
      AND @to IN ('accepted', 'edited', 'added', 'rejected') AND ${learnedKey('raw')} <> ''
    ORDER BY article_id, id`,
);

// In the order the caller gave the values: the app's bulk ✓ and ✗ write in the order of their
// selection, one value after another, and so voted in that order.
const addVotesInOrderGiven = prepare<[{ valueIds: string; to: State }]>(
  `INSERT INTO learned_votes (value_id, field_key, text, kind, article_id, value)
   SELECT v.id, v.field_key, ${learnedKey('v.raw')},
          CASE @to WHEN 'rejected' THEN 'reject' ELSE 'keep' END, v.article_id, v.value
     FROM json_each(@valueIds) AS given JOIN field_values AS v ON v.id = given.value
    WHERE @to IN ('accepted', 'edited', 'added', 'rejected') AND ${learnedKey('v.raw')} <> ''
    ORDER BY given.key`,
);

/** The order the learned votes of a set are cast in (see addVotes and addVotesInOrderGiven). */
export type VoteOrder = 'article-then-value' | 'as-returned';

/**
 * Runs `write`, one set-based statement that moves values from state `from` to `to` and returns
 * them (and changes no other column the triggers watch), with the per-value triggers of
 * migration 21 paused, then does their work once for the whole set: the 'values' change counter
 * moves by one per value, each extractor's outcome counts move from `from` to `to`, and each
 * value's learned vote is taken back and cast again, as the triggers would for each row. The
 * pause is a row only this function writes, in a savepoint of the caller's transaction that ends
 * with the row deleted; when `write` throws, the savepoint is rolled back whole (the pause and
 * whatever `write` changed uncounted). No other writer, and no other connection, ever runs with
 * the triggers off. The votes are cast in `voteOrder`: by article then value, or in the order
 * `write` returned the values.
 */
export function writeValueStatesAsSet<T extends ValueOfSet>(
  db: ProjectDatabase,
  from: State,
  to: State,
  write: () => T[],
  voteOrder: VoteOrder = 'article-then-value',
): T[] {
  if (!db.inTransaction)
    throw new Error('writeValueStatesAsSet runs inside the transaction of the write');
  // Nested in the caller's transaction, better-sqlite3 makes this a savepoint (the lock is the
  // caller's already, so taking it first changes nothing here).
  return inWriteTransaction(db, () => {
    pause.run(db);
    const changed = write();
    if (changed.length > 0) countChanges(db, changed, from, to, voteOrder);
    resume.run(db);
    return changed;
  });
}

function countChanges(
  db: ProjectDatabase,
  changed: readonly ValueOfSet[],
  from: State,
  to: State,
  voteOrder: VoteOrder,
) {
  bumpValuesCounter.run(db, changed.length);
  const perExtractor = new Map<string, number>();
  for (const value of changed) {
    if (value.origin !== 'extracted') continue;
    const extractor = value.extractor ?? 'unknown';
    perExtractor.set(extractor, (perExtractor.get(extractor) ?? 0) + 1);
  }
  for (const [extractor, n] of perExtractor) {
    addOutcomes.run(db, extractor, from, -n);
    addOutcomes.run(db, extractor, to, n);
  }
  if (from === 'suggested' && to === 'suggested') return;
  const valueIds = JSON.stringify(changed.map((v) => v.valueId));
  dropVotes.run(db, valueIds);
  (voteOrder === 'as-returned' ? addVotesInOrderGiven : addVotes).run(db, { valueIds, to });
}
