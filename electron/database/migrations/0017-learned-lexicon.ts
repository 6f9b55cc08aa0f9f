import type { Migration } from './types';

/**
 * The SQL form of shared/extraction/learned/learned-key.ts: a value's text without the whitespace
 * OCR and typing put inside names (space, tab, CR, LF, ideographic space). Written out here so
 * this migration never changes with the code; a test checks the two agree.
 */
const learnedKey = (column: string) =>
  `replace(replace(replace(replace(replace(${column}, ' ', ''), char(9), ''), char(13), ''), char(10), ''), char(12288), '')`;

/** A curator's decision on a value, as a vote for its text in its field (null: no decision). */
const voteOf = (row: 'NEW') => `
  INSERT INTO learned_votes (value_id, field_key, text, kind, article_id, value)
  SELECT ${row}.id, ${row}.field_key, ${learnedKey(`${row}.raw`)},
         CASE ${row}.state WHEN 'rejected' THEN 'reject' ELSE 'keep' END,
         ${row}.article_id, ${row}.value
   WHERE ${row}.state IN ('accepted', 'edited', 'added', 'rejected')
     AND ${learnedKey(`${row}.raw`)} <> '';`;

/**
 * Learning from curators' decisions (issue 22, point 4). Each value a curator accepted, fixed,
 * added or rejected is one vote for its text in its field (`learned_votes`, kept by triggers so
 * that every way a value changes counts: the panel, the grid, `gleaner accept`, a package merge,
 * a restore, an undo, which takes the vote back). `learned_entries` holds the curator's own edits
 * of the learned lexicon (an entry removed, restored after rejections, added, or made to suggest
 * another value). `learned_generation` moves with both, so a process knows when its
 * compiled lexicon is stale. Decisions made before this migration are counted at once.
 */
export const migration0017LearnedLexicon: Migration = {
  version: 17,
  name: 'learned-lexicon',
  up(db) {
    db.exec(`
      CREATE TABLE learned_votes (
        value_id INTEGER PRIMARY KEY REFERENCES field_values(id) ON DELETE CASCADE,
        field_key TEXT NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('keep', 'reject')),
        article_id INTEGER NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
      CREATE INDEX learned_votes_text ON learned_votes(field_key, text);

      CREATE TABLE learned_entries (
        field_key TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('removed', 'kept')),
        value TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (field_key, text)
      ) STRICT;

      CREATE TABLE learned_generation (n INTEGER NOT NULL) STRICT;
      INSERT INTO learned_generation (n) VALUES (0);

      INSERT INTO learned_votes (value_id, field_key, text, kind, article_id, value)
        SELECT id, field_key, ${learnedKey('raw')},
               CASE state WHEN 'rejected' THEN 'reject' ELSE 'keep' END, article_id, value
          FROM field_values
         WHERE state IN ('accepted', 'edited', 'added', 'rejected') AND ${learnedKey('raw')} <> '';

      CREATE TRIGGER learned_votes_value_insert AFTER INSERT ON field_values
        WHEN NEW.state <> 'suggested' BEGIN
        ${voteOf('NEW')}
      END;
      CREATE TRIGGER learned_votes_value_update
        AFTER UPDATE OF state, raw, value, field_key, article_id ON field_values
        WHEN OLD.state <> 'suggested' OR NEW.state <> 'suggested' BEGIN
        DELETE FROM learned_votes WHERE value_id = OLD.id;
        ${voteOf('NEW')}
      END;

      CREATE TRIGGER learned_changed_vote_insert AFTER INSERT ON learned_votes BEGIN
        UPDATE learned_generation SET n = n + 1;
      END;
      CREATE TRIGGER learned_changed_vote_delete AFTER DELETE ON learned_votes BEGIN
        UPDATE learned_generation SET n = n + 1;
      END;
      CREATE TRIGGER learned_changed_entry_insert AFTER INSERT ON learned_entries BEGIN
        UPDATE learned_generation SET n = n + 1;
      END;
      CREATE TRIGGER learned_changed_entry_update AFTER UPDATE ON learned_entries BEGIN
        UPDATE learned_generation SET n = n + 1;
      END;
      CREATE TRIGGER learned_changed_entry_delete AFTER DELETE ON learned_entries BEGIN
        UPDATE learned_generation SET n = n + 1;
      END;
    `);
  },
};
