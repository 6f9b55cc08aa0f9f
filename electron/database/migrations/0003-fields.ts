import type { Migration } from './types';

/**
 * Field schemas and the values of each article's fields. A value has its own review state and
 * its own spans (provenance), so re-running extraction can tell a curator's work from an
 * untouched suggestion, and a rejected suggestion is remembered (it must not come back).
 */
export const migration0003Fields: Migration = {
  version: 3,
  name: 'fields',
  up(db) {
    db.exec(`
      CREATE TABLE field_schemas (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE field_values (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field_key TEXT NOT NULL,
        ordinal INTEGER NOT NULL DEFAULT 0,
        value TEXT NOT NULL,
        -- The value as canonical JSON, to recognise the same value suggested again.
        value_key TEXT NOT NULL,
        raw TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('extracted', 'curator')),
        extractor TEXT,
        confidence REAL,
        state TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'edited', 'rejected', 'added')),
        schema_id TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX field_values_article ON field_values(article_id, field_key, ordinal);

      CREATE TABLE value_spans (
        value_id INTEGER NOT NULL REFERENCES field_values(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end > start),
        text TEXT NOT NULL,
        PRIMARY KEY (value_id, start, end)
      ) STRICT;
    `);
  },
};
