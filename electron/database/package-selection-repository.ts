import type { ArticleFilter } from '../../shared/contract/articles';
import { articleFilterSql } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { fillIdTable, PACKAGE_SCHEMA, sharedColumns } from './package-schema';

// --- Selection --------------------------------------------------------------------------

/** The ids of the articles a filter selects (the article list's and exports' translation). */
export function articleIdsMatching(db: ProjectDatabase, filter: ArticleFilter): number[] {
  const sql = articleFilterSql(filter);
  return (
    db.prepare(`SELECT a.id FROM articles a ${sql.where} ORDER BY a.id`).all(sql.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export function existingArticleIds(db: ProjectDatabase, ids: readonly number[]): number[] {
  fillIdTable(db, 'package_pick', ids);
  return (
    db
      .prepare('SELECT a.id FROM articles a JOIN temp.package_pick p ON p.id = a.id ORDER BY a.id')
      .all() as { id: number }[]
  ).map((r) => r.id);
}

/**
 * Fills temp.package_documents with the documents of the chosen articles (temp.package_pick):
 * segmentation belongs to a whole page, so a package carries every article of each page.
 */
export function fillCarriedDocuments(db: ProjectDatabase): number[] {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS package_documents (id INTEGER PRIMARY KEY);
    DELETE FROM temp.package_documents;
    INSERT INTO temp.package_documents (id)
      SELECT DISTINCT a.document_id FROM articles a JOIN temp.package_pick p ON p.id = a.id;`);
  return (
    db.prepare('SELECT id FROM temp.package_documents ORDER BY id').all() as { id: number }[]
  ).map((r) => r.id);
}

// --- Copying a selection into the package ----------------------------------------------

const carriedWhere: Record<string, string> = {
  documents: 'id IN (SELECT id FROM temp.package_documents)',
  document_marks: 'document_id IN (SELECT id FROM temp.package_documents)',
  articles: 'document_id IN (SELECT id FROM temp.package_documents)',
  article_ranges: `article_id IN (SELECT id FROM main.articles
                     WHERE document_id IN (SELECT id FROM temp.package_documents))`,
  field_values: `article_id IN (SELECT id FROM main.articles
                   WHERE document_id IN (SELECT id FROM temp.package_documents))`,
  value_spans: `value_id IN (SELECT v.id FROM main.field_values v JOIN main.articles a ON a.id = v.article_id
                  WHERE a.document_id IN (SELECT id FROM temp.package_documents))`,
  comments: `article_id IN (SELECT id FROM main.articles
               WHERE document_id IN (SELECT id FROM temp.package_documents))`,
  segmentation_corrections:
    'document_sha256 IN (SELECT sha256 FROM main.documents WHERE id IN (SELECT id FROM temp.package_documents))',
  field_schemas: '1',
};

/**
 * Copies the carried rows (ids kept) and every field schema into the attached package (the
 * caller's transaction). Foreign keys are checked at its commit rather than per row: articles
 * point at their assignee's profile, which copyProfiles brings over only afterwards.
 */
export function copyCarriedRows(db: ProjectDatabase): Record<string, number> {
  // Reset by SQLite itself when the transaction ends.
  db.pragma('defer_foreign_keys = ON');
  const counts: Record<string, number> = {};
  for (const [table, where] of Object.entries(carriedWhere)) {
    const columns = sharedColumns(db, table).join(', ');
    counts[table] = db
      .prepare(
        `INSERT INTO ${PACKAGE_SCHEMA}.${table} (${columns}) SELECT ${columns} FROM main.${table} WHERE ${where}`,
      )
      .run().changes;
  }
  return counts;
}

/** Copies the profiles of these names (ids kept: articles' assignees point at them). */
export function copyProfiles(
  db: ProjectDatabase,
  names: Iterable<string>,
  ids: Iterable<number>,
): void {
  fillIdTable(db, 'package_profiles', ids);
  const byName = db.prepare(
    'INSERT OR IGNORE INTO temp.package_profiles (id) SELECT id FROM main.profiles WHERE name = ?',
  );
  for (const name of names) byName.run(name);
  const columns = sharedColumns(db, 'profiles').join(', ');
  db.prepare(
    `INSERT INTO ${PACKAGE_SCHEMA}.profiles (${columns}) SELECT ${columns} FROM main.profiles
     WHERE id IN (SELECT id FROM temp.package_profiles)`,
  ).run();
}

/** Names of everyone who assigned, commented or appears as an actor on the carried history. */
export function carriedPeople(db: ProjectDatabase): { names: string[]; ids: number[] } {
  const ids = (
    db
      .prepare(
        `SELECT DISTINCT assignee_id AS id FROM ${PACKAGE_SCHEMA}.articles WHERE assignee_id IS NOT NULL`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  const names = (
    db
      .prepare(
        `SELECT author AS name FROM ${PACKAGE_SCHEMA}.comments
         UNION SELECT actor FROM ${PACKAGE_SCHEMA}.audit`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
  return { names, ids };
}
