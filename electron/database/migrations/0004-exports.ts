import type { Migration } from './types';

/**
 * A record of every finished export: who, when, which articles (the filter), how much, and the
 * file's SHA-256, so a dataset handed on can be traced back to the project state it came from.
 * `format` is not limited by a CHECK: new writers (xlsx, parquet…) must not need a migration.
 */
export const migration0004Exports: Migration = {
  version: 4,
  name: 'exports',
  up(db) {
    db.exec(`
      CREATE TABLE exports (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format <> ''),
        filter TEXT NOT NULL CHECK (json_valid(filter)),
        article_count INTEGER NOT NULL CHECK (article_count >= 0),
        value_count INTEGER NOT NULL CHECK (value_count >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        path TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exports_at ON exports(at);
    `);
  },
};
