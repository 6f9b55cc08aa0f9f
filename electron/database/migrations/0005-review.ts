import type { Migration } from './types';

/**
 * People and review: local profiles (who did what), the curator an article is assigned to,
 * review comments (on an article or one of its values) and saved searches of the article list.
 * Passphrases are stored only as scrypt hashes; a profile is retired, never deleted, because
 * the audit log names it.
 */
export const migration0005Review: Migration = {
  version: 5,
  name: 'review',
  up(db) {
    db.exec(`
      CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('curator', 'reviewer', 'admin')),
        passphrase_hash TEXT,
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;

      ALTER TABLE articles ADD COLUMN assignee_id INTEGER REFERENCES profiles(id);
      CREATE INDEX articles_assignee ON articles(assignee_id);

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        value_id INTEGER REFERENCES field_values(id) ON DELETE SET NULL,
        author TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('comment', 'changes_requested', 'approved', 'reopened')),
        body TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX comments_article ON comments(article_id, at);

      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        filter TEXT NOT NULL CHECK (json_valid(filter)),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- The dashboard reads progress over time from the audit log.
      CREATE INDEX audit_at ON audit(at);
    `);
  },
};
