import type { Migration } from './types';

/**
 * What import learns about a page beyond its text: the marks (chrome, repeated paragraphs),
 * why articles were split where they were, rows of tabular sources, remembered column mappings,
 * segmentation corrections that outlive the document, and a record of each import run.
 */
export const migration0002Import: Migration = {
  version: 2,
  name: 'import',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN bom INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE documents ADD COLUMN source_row INTEGER;
      ALTER TABLE documents ADD COLUMN metadata TEXT;

      ALTER TABLE articles ADD COLUMN kicker TEXT;
      ALTER TABLE articles ADD COLUMN signals TEXT;

      CREATE TABLE document_marks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('chrome', 'repeat')),
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        reason TEXT NOT NULL,
        -- For a repeat: the earlier occurrence it repeats.
        first_start INTEGER,
        first_end INTEGER,
        similarity REAL
      ) STRICT;
      CREATE INDEX document_marks_document ON document_marks(document_id);

      CREATE TABLE import_mappings (
        columns_key TEXT PRIMARY KEY,
        text_column TEXT NOT NULL,
        title_column TEXT,
        metadata_columns TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Keyed by the document's text hash, so a correction is re-applied when the same text is
      -- imported again (after the document was removed, or into a project merged later).
      CREATE TABLE segmentation_corrections (
        document_sha256 TEXT PRIMARY KEY,
        articles TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        actor TEXT NOT NULL
      ) STRICT;

      CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        actor TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
        imported INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        report TEXT
      ) STRICT;
    `);
  },
};
