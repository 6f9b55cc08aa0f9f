import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';

const at = '2026-01-01T00:00:00.000Z';

describe('migration 18 (model cache)', () => {
  it('keeps one answer per text, schema version, model and prompt version', () => {
    const db = databaseMigratedTo(18);
    const insert = db.prepare(
      `INSERT INTO model_answers (text_sha256, schema_id, schema_version, model, prompt_version, claims, created_at)
       VALUES (?, 'hospital-news', ?, ?, 1, '[]', ?)`,
    );
    insert.run('h', 1, 'a', at);
    insert.run('h', 2, 'a', at);
    insert.run('h', 1, 'b', at);
    expect(() => insert.run('h', 1, 'a', at)).toThrow(/UNIQUE/);
  });

  it("drops an article's ungrounded values with the article, and refuses an unknown reason", () => {
    const db = databaseMigratedTo(18);
    db.prepare(
      "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'h', 'utf-8', '医院', 2, ?)",
    ).run(at);
    db.prepare(
      'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
    ).run(at, at);
    const insert = db.prepare(
      `INSERT INTO ungrounded_values (article_id, field_key, value, quote, reason, extractor, created_at)
       VALUES (1, 'hospital', '协和医院', '协和', ?, 'model:m', ?)`,
    );
    insert.run('not-found', at);
    expect(() => insert.run('guessed', at)).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM ungrounded_values').get()).toEqual({ n: 0 });
  });
});
