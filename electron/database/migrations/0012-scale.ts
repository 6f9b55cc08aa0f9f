import type { Migration } from './types';

/** The workflow rank the list sorts statuses by (article-filter.ts uses the same expression). */
export const STATUS_RANK_SQL = `CASE status WHEN 'new' THEN 0 WHEN 'in_progress' THEN 1
  WHEN 'changes_requested' THEN 2 WHEN 'submitted' THEN 3 ELSE 4 END`;

/**
 * What a project of a million articles needs to stay interactive (issue 19).
 *
 * - `articles.text_length`: the article's length in code points (the sum of its ranges), kept by
 *   triggers on its ranges, so the list sorts by length through an index.
 * - Indexes that hand the article list its rows already sorted, for each sort it offers, so a
 *   page reads 200 index entries instead of sorting every article: documents by name (the list's
 *   default order walks documents by name, then each document's articles), articles by last
 *   change, by title (untitled last, both ways) and by workflow rank.
 * - `change_counters`: numbers that triggers bump whenever what the list shows could change
 *   ('articles': an article, its ranges, its document or its marks; 'values': a value's
 *   presence or state). The list keeps its totals and page anchors while they stand still.
 * - `extractor_outcome_counts`: how many extracted values each rule has in each state, kept by
 *   triggers, so the dashboard does not read every value of the project (27 million at a
 *   million articles); and a partial index of the audit rows that change a value's content,
 *   the only ones the dashboard still looks up.
 */
export const migration0012Scale: Migration = {
  version: 12,
  name: 'scale',
  up(db) {
    // Summed again from the ranges rather than added to: a row restored with its old length
    // (undoing a merge inserts the article, then its ranges) could otherwise count them twice.
    const lengthOf = (article: string) => `
      UPDATE articles SET text_length = (SELECT coalesce(sum(r.end - r.start), 0)
                                         FROM article_ranges r WHERE r.article_id = ${article})
      WHERE id = ${article};`;
    db.exec(`
      ALTER TABLE articles ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0;
      UPDATE articles SET text_length =
        (SELECT coalesce(sum(r.end - r.start), 0) FROM article_ranges r WHERE r.article_id = articles.id);
      CREATE TRIGGER article_length_insert AFTER INSERT ON article_ranges BEGIN
        ${lengthOf('NEW.article_id')}
      END;
      CREATE TRIGGER article_length_delete AFTER DELETE ON article_ranges BEGIN
        ${lengthOf('OLD.article_id')}
      END;
      CREATE TRIGGER article_length_update AFTER UPDATE OF article_id, start, end ON article_ranges BEGIN
        ${lengthOf('OLD.article_id')}
        ${lengthOf('NEW.article_id')}
      END;
      -- A row put back whole (the undo of a merge) brings the length it had: its ranges decide.
      CREATE TRIGGER article_length_of_new_row AFTER INSERT ON articles BEGIN
        ${lengthOf('NEW.id')}
      END;
      CREATE INDEX articles_length ON articles(text_length);

      CREATE INDEX documents_name ON documents(name);
      CREATE INDEX articles_updated ON articles(updated_at);
      CREATE INDEX articles_title_ascending ON articles(title IS NULL, coalesce(title, ''));
      CREATE INDEX articles_title_descending ON articles(title IS NOT NULL, coalesce(title, ''));
      CREATE INDEX articles_status_rank ON articles(${STATUS_RANK_SQL});

      CREATE TABLE change_counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT;
      INSERT INTO change_counters (name, n) VALUES ('articles', 0), ('values', 0);
    `);
    const bump = (counter: string) =>
      `UPDATE change_counters SET n = n + 1 WHERE name = '${counter}';`;
    const triggers: [string, string, string][] = [
      ['articles_changed_insert', 'AFTER INSERT ON articles', 'articles'],
      ['articles_changed_delete', 'AFTER DELETE ON articles', 'articles'],
      // Any column: a filter on a column added later must not read a stale total.
      ['articles_changed_update', 'AFTER UPDATE ON articles', 'articles'],
      ['article_ranges_changed_insert', 'AFTER INSERT ON article_ranges', 'articles'],
      ['article_ranges_changed_delete', 'AFTER DELETE ON article_ranges', 'articles'],
      ['article_ranges_changed_update', 'AFTER UPDATE ON article_ranges', 'articles'],
      ['documents_changed_insert', 'AFTER INSERT ON documents', 'articles'],
      ['documents_changed_delete', 'AFTER DELETE ON documents', 'articles'],
      ['documents_changed_update', 'AFTER UPDATE OF name ON documents', 'articles'],
      ['document_marks_changed_insert', 'AFTER INSERT ON document_marks', 'articles'],
      ['document_marks_changed_delete', 'AFTER DELETE ON document_marks', 'articles'],
      ['document_marks_changed_update', 'AFTER UPDATE ON document_marks', 'articles'],
      ['field_values_changed_insert', 'AFTER INSERT ON field_values', 'values'],
      ['field_values_changed_delete', 'AFTER DELETE ON field_values', 'values'],
      [
        'field_values_changed_update',
        'AFTER UPDATE OF article_id, field_key, state ON field_values',
        'values',
      ],
    ];
    for (const [name, when, counter] of triggers)
      db.exec(`CREATE TRIGGER ${name} ${when} BEGIN ${bump(counter)} END;`);

    const add = (row: 'NEW' | 'OLD', delta: number) => `
      INSERT INTO extractor_outcome_counts (extractor, state, n)
        SELECT coalesce(${row}.extractor, 'unknown'), ${row}.state, ${delta}
        WHERE ${row}.origin = 'extracted'
        ON CONFLICT (extractor, state) DO UPDATE SET n = n + ${delta};`;
    db.exec(`
      CREATE TABLE extractor_outcome_counts (
        extractor TEXT NOT NULL,
        state TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (extractor, state)
      ) STRICT;
      INSERT INTO extractor_outcome_counts (extractor, state, n)
        SELECT coalesce(extractor, 'unknown'), state, count(*) FROM field_values
        WHERE origin = 'extracted' GROUP BY 1, 2;
      CREATE TRIGGER extractor_outcomes_insert AFTER INSERT ON field_values BEGIN
        ${add('NEW', 1)}
      END;
      CREATE TRIGGER extractor_outcomes_delete AFTER DELETE ON field_values BEGIN
        ${add('OLD', -1)}
      END;
      CREATE TRIGGER extractor_outcomes_update AFTER UPDATE OF state, extractor, origin ON field_values
      BEGIN
        ${add('OLD', -1)}
        ${add('NEW', 1)}
      END;

      CREATE INDEX audit_value_content_changes ON audit(entity_id)
        WHERE entity = 'value' AND action IN ('edit', 'attach-span', 'detach-span');
    `);
  },
};
