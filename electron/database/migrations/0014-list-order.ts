import type { Migration } from './types';

/** Each order the article list offers, as plain columns (list-paging.ts reads them). */
const LIST_ORDERS = {
  document: 'document_name, document_id, ordinal',
  updated: 'updated_at',
  length: 'text_length',
  title: 'title',
} as const;

/**
 * The article list at a million articles (issue 19): every page, sorted and filtered by status or
 * assignee, is a run of one index read by OFFSET without touching the table (a few nanoseconds
 * an entry), where migration 12's indexes on expressions, the join with documents for the
 * document order and a filter tested on each table row cost a lookup per article above the page.
 *
 * - `articles.document_name`: a copy of the article's document name, kept by triggers, so the
 *   default order (documents by name, then each document's articles) is one index of articles.
 * - `articles(title)`: titled articles by title, then the untitled ones by id, as two runs of one
 *   index instead of the expressions of migration 12.
 * - The same orders led by `status` and by `assignee_id`, so a status or assignee filter is a
 *   contiguous run of an index whatever the sort (status by workflow rank reads `articles_status`,
 *   or `(assignee_id, status)`, one status at a time). `articles_assignee` is a prefix of the
 *   latter and is dropped.
 */
export const migration0014ListOrder: Migration = {
  version: 14,
  name: 'list-order',
  up(db) {
    const documentNameOf = (article: string) => `
      UPDATE articles SET document_name = (SELECT name FROM documents WHERE id = ${article}.document_id)
      WHERE id = ${article}.id
        AND document_name IS NOT (SELECT name FROM documents WHERE id = ${article}.document_id);`;
    db.exec(`
      ALTER TABLE articles ADD COLUMN document_name TEXT;
      UPDATE articles SET document_name =
        (SELECT name FROM documents d WHERE d.id = articles.document_id);
      CREATE TRIGGER article_document_name_insert AFTER INSERT ON articles BEGIN
        ${documentNameOf('NEW')}
      END;
      CREATE TRIGGER article_document_name_move AFTER UPDATE OF document_id ON articles BEGIN
        ${documentNameOf('NEW')}
      END;
      CREATE TRIGGER document_name_to_articles AFTER UPDATE OF name ON documents
        WHEN OLD.name IS NOT NEW.name BEGIN
        UPDATE articles SET document_name = NEW.name WHERE document_id = NEW.id;
      END;
      CREATE INDEX articles_document_order ON articles(${LIST_ORDERS.document});
      CREATE INDEX articles_title ON articles(${LIST_ORDERS.title});
      DROP INDEX articles_assignee;
      CREATE INDEX articles_assignee_status ON articles(assignee_id, status);
    `);
    for (const [name, columns] of Object.entries(LIST_ORDERS))
      db.exec(`
        CREATE INDEX articles_status_${name} ON articles(status, ${columns});
        CREATE INDEX articles_assignee_${name} ON articles(assignee_id, ${columns});
      `);
  },
};
