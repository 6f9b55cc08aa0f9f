import type { Migration } from './types';

/**
 * Grounded model suggestions (issue 22, point 5).
 *
 * - `model_answers`: what a model answered for an article, keyed by everything the answer depends
 *   on (the hash of the text sent, the schema and its version, the model, the prompt's version),
 *   so running the job again does not ask the model again. Only the claims are kept (JSON), not
 *   the spans: grounding is cheap and is redone against the stored text every time.
 * - `ungrounded_values`: values a model claimed whose quote is not in the article (or whose
 *   value does not read as its field's type). They are kept apart from `field_values` on purpose:
 *   shown to the curator for what they are, never accepted, never exported.
 */
export const migration0018ModelCache: Migration = {
  version: 18,
  name: 'model-cache',
  up(db) {
    db.exec(`
      CREATE TABLE model_answers (
        text_sha256 TEXT NOT NULL,
        schema_id TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        model TEXT NOT NULL,
        prompt_version INTEGER NOT NULL,
        claims TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (text_sha256, schema_id, schema_version, model, prompt_version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE ungrounded_values (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field_key TEXT NOT NULL,
        value TEXT NOT NULL,
        quote TEXT NOT NULL,
        reason TEXT NOT NULL
          CHECK (reason IN ('empty-quote', 'not-found', 'unknown-field', 'invalid-value')),
        extractor TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ungrounded_values_article ON ungrounded_values(article_id, extractor);
    `);
  },
};
