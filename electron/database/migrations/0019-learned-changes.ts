import type { Migration } from './types';

/** How many changes the log keeps: a process further behind compiles its lexicon whole. */
const KEPT_CHANGES = 10_000;

/** The trigger that logs a change of `table`'s row `row` on `event`. */
const logged = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', row: 'NEW' | 'OLD') => `
  CREATE TRIGGER learned_changes_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
    INSERT INTO learned_changes (field_key, text) VALUES (${row}.field_key, ${row}.text);
  END;`;

/**
 * Which entries of the learned lexicon changed (issue 22, point 4): one row per vote or curator
 * edit that moved the generation counter of migration 0017, naming its field and text, so a
 * process whose compiled lexicon is behind updates those entries alone instead of compiling
 * every entry again after each decision. The log keeps its last 10,000 rows (ids only grow: the
 * newest row is never the one pruned).
 */
export const migration0019LearnedChanges: Migration = {
  version: 19,
  name: 'learned-changes',
  up(db) {
    db.exec(`
      CREATE TABLE learned_changes (
        id INTEGER PRIMARY KEY,
        field_key TEXT NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER learned_changes_prune AFTER INSERT ON learned_changes BEGIN
        DELETE FROM learned_changes WHERE id <= NEW.id - ${KEPT_CHANGES};
      END;
      ${logged('learned_votes', 'INSERT', 'NEW')}
      ${logged('learned_votes', 'DELETE', 'OLD')}
      ${logged('learned_entries', 'INSERT', 'NEW')}
      ${logged('learned_entries', 'DELETE', 'OLD')}
      CREATE TRIGGER learned_changes_learned_entries_update AFTER UPDATE ON learned_entries BEGIN
        INSERT INTO learned_changes (field_key, text) VALUES (OLD.field_key, OLD.text);
        INSERT INTO learned_changes (field_key, text) SELECT NEW.field_key, NEW.text
         WHERE NEW.field_key <> OLD.field_key OR NEW.text <> OLD.text;
      END;
    `);
  },
};
