import type { Migration } from './types';

/** Documents hold the decoded text exactly as imported; articles are ranges of a document. */
export const migration0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        source_path TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'markdown', 'html', 'jsonl', 'csv')),
        sha256 TEXT NOT NULL UNIQUE,
        encoding TEXT NOT NULL,
        encoding_confidence REAL NOT NULL DEFAULT 1,
        text TEXT NOT NULL,
        char_count INTEGER NOT NULL,
        original BLOB,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        title TEXT,
        status TEXT NOT NULL DEFAULT 'new'
          CHECK (status IN ('new', 'in_progress', 'submitted', 'approved', 'changes_requested')),
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (document_id, ordinal)
      ) STRICT;
      CREATE INDEX articles_status ON articles(status);

      CREATE TABLE article_ranges (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        PRIMARY KEY (article_id, start)
      ) STRICT;

      -- Append-only: nothing in the app updates or deletes these rows (triggers below enforce it).
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX audit_entity ON audit(entity, entity_id);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
    `);
  },
};
