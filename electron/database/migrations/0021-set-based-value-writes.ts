import type { Migration } from './types';

/** The pause every trigger below checks first. */
const NOT_PAUSED = 'NOT EXISTS (SELECT 1 FROM value_triggers_paused)';

/** migration 0017's learned key (learnedKey in shared/extraction/learned), written out here. */
const learnedKey = (column: string) =>
  `replace(replace(replace(replace(replace(${column}, ' ', ''), char(9), ''), char(13), ''), char(10), ''), char(12288), '')`;

/**
 * Lets a set-based write of value states (`gleaner accept`: millions of values) do once for the
 * whole set what three triggers did for each value: migration 12's change counter and extractor
 * outcome counts, and migration 17's learned vote. Those per-value triggers cost more than the
 * UPDATE itself (issue 19, point 6). They now skip while `value_triggers_paused` holds a row.
 * Only set-based-value-write.ts inserts that row, inside the write's own transaction, does the
 * triggers' work for the set, and deletes the row before the transaction ends, so another
 * connection never sees it and every other writer (any row-by-row UPDATE, any tool) keeps the
 * triggers as they were. The bodies are those of migrations 12 and 17, unchanged.
 */
export const migration0021SetBasedValueWrites: Migration = {
  version: 21,
  name: 'set-based-value-writes',
  up(db) {
    const vote = `
      INSERT INTO learned_votes (value_id, field_key, text, kind, article_id, value)
      SELECT NEW.id, NEW.field_key, ${learnedKey('NEW.raw')},
             CASE NEW.state WHEN 'rejected' THEN 'reject' ELSE 'keep' END,
             NEW.article_id, NEW.value
       WHERE NEW.state IN ('accepted', 'edited', 'added', 'rejected')
         AND ${learnedKey('NEW.raw')} <> '';`;
    const outcome = (row: 'NEW' | 'OLD', delta: number) => `
      INSERT INTO extractor_outcome_counts (extractor, state, n)
        SELECT coalesce(${row}.extractor, 'unknown'), ${row}.state, ${delta}
        WHERE ${row}.origin = 'extracted'
        ON CONFLICT (extractor, state) DO UPDATE SET n = n + ${delta};`;
    db.exec(`
      CREATE TABLE value_triggers_paused (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT;

      DROP TRIGGER field_values_changed_update;
      CREATE TRIGGER field_values_changed_update
        AFTER UPDATE OF article_id, field_key, state ON field_values
        WHEN ${NOT_PAUSED} BEGIN
        UPDATE change_counters SET n = n + 1 WHERE name = 'values';
      END;

      DROP TRIGGER extractor_outcomes_update;
      CREATE TRIGGER extractor_outcomes_update
        AFTER UPDATE OF state, extractor, origin ON field_values
        WHEN ${NOT_PAUSED} BEGIN
        ${outcome('OLD', -1)}
        ${outcome('NEW', 1)}
      END;

      DROP TRIGGER learned_votes_value_update;
      CREATE TRIGGER learned_votes_value_update
        AFTER UPDATE OF state, raw, value, field_key, article_id ON field_values
        WHEN (OLD.state <> 'suggested' OR NEW.state <> 'suggested') AND ${NOT_PAUSED} BEGIN
        DELETE FROM learned_votes WHERE value_id = OLD.id;
        ${vote}
      END;
    `);
  },
};
