import type { CommentRow } from './comments-repository';
import type { ProjectDatabase } from './open-project';
import { fillIdTable, PACKAGE_SCHEMA, type Side } from './package-schema';
import { valueUpdatedAtSql } from './values-repository';

// --- Reading both sides for a merge ------------------------------------------------------

export interface ArticleRow {
  id: number;
  documentId: number;
  ordinal: number;
  status: string;
  assigneeId: number | null;
  assigneeName: string | null;
  revision: number;
  title: string | null;
  updatedAt: string;
}

export interface RangeRow {
  articleId: number;
  start: number;
  end: number;
}

export interface ValueRow {
  id: number;
  articleId: number;
  fieldKey: string;
  ordinal: number;
  value: string;
  raw: string;
  origin: string;
  state: string;
  revision: number;
  updatedAt: string;
}

export interface SpanRow {
  valueId: number;
  start: number;
  end: number;
  text: string;
}

export interface DocumentRow {
  id: number;
  name: string;
  sha256: string;
}

const ofDocuments = (side: Side) =>
  `SELECT id FROM ${side}.articles WHERE document_id IN (SELECT id FROM temp.package_documents)`;

/**
 * One side's rows of the carried documents (temp.package_documents). Values and their spans are
 * the big tables: `values: 'candidates'` reads only those in temp.package_values (what a merge
 * has to look at), `spans: false` none of the spans (a stamp needs only revisions).
 */
export function readSide(
  db: ProjectDatabase,
  side: Side,
  options: { values: 'all' | 'candidates'; spans: boolean },
) {
  const documents = db
    .prepare(
      `SELECT id, name, sha256 FROM ${side}.documents WHERE id IN (SELECT id FROM temp.package_documents)`,
    )
    .all() as DocumentRow[];
  const articles = db
    .prepare(
      `SELECT a.id, a.document_id AS documentId, a.ordinal, a.status, a.assignee_id AS assigneeId,
              p.name AS assigneeName, a.revision, a.title, a.updated_at AS updatedAt
       FROM ${side}.articles a LEFT JOIN ${side}.profiles p ON p.id = a.assignee_id
       WHERE a.document_id IN (SELECT id FROM temp.package_documents) ORDER BY a.document_id, a.ordinal`,
    )
    .all() as ArticleRow[];
  const ranges = db
    .prepare(
      `SELECT article_id AS articleId, start, end FROM ${side}.article_ranges
       WHERE article_id IN (${ofDocuments(side)}) ORDER BY article_id, start`,
    )
    .all() as RangeRow[];
  const chosen =
    options.values === 'all'
      ? `article_id IN (${ofDocuments(side)})`
      : 'id IN (SELECT id FROM temp.package_values)';
  const values = db
    .prepare(
      `SELECT id, article_id AS articleId, field_key AS fieldKey, ordinal, value, raw, origin, state,
              revision, ${valueUpdatedAtSql()} AS updatedAt
       FROM ${side}.field_values WHERE ${chosen} ORDER BY id`,
    )
    .all() as ValueRow[];
  const spans = options.spans
    ? (db
        .prepare(
          `SELECT value_id AS valueId, start, end, text FROM ${side}.value_spans
           WHERE value_id IN (SELECT id FROM ${side}.field_values WHERE ${chosen})
           ORDER BY value_id, start, end`,
        )
        .all() as SpanRow[])
    : [];
  const comments = db
    .prepare(
      `SELECT id, article_id AS articleId, value_id AS valueId, author, kind, body, at,
              reply_to AS replyTo, span_start AS spanStart, span_end AS spanEnd,
              resolved_at AS resolvedAt, resolved_by AS resolvedBy
       FROM ${side}.comments WHERE article_id IN (${ofDocuments(side)}) ORDER BY id`,
    )
    .all() as CommentRow[];
  return { documents, articles, ranges, values, spans, comments };
}

/**
 * Fills temp.package_values with the values a merge must look at: the package's values whose
 * revision differs from the stamp's (read from the stamp's JSON in the package's meta) or
 * that the stamp lacks (added in the package), the stamped ones the package no longer has, and
 * every value of `pages` (pages the package resegmented, where spans move without a revision).
 * The comparison runs in SQLite: a package of 10,000 articles stamps some 300,000 values, and
 * only the few a curator touched come into JavaScript.
 */
export function fillCandidateValues(db: ProjectDatabase, pages: readonly number[]): void {
  fillIdTable(db, 'package_changed_pages', pages);
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS package_stamp_values
             (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL);
           DELETE FROM temp.package_stamp_values;
           CREATE TEMP TABLE IF NOT EXISTS package_values (id INTEGER PRIMARY KEY);
           DELETE FROM temp.package_values;`);
  db.exec(`INSERT INTO temp.package_stamp_values (id, revision)
    SELECT CAST(key AS INTEGER), value FROM json_each(
      (SELECT value FROM ${PACKAGE_SCHEMA}.meta WHERE key = 'work_package'), '$.values')`);
  db.exec(`
    INSERT OR IGNORE INTO temp.package_values (id)
      SELECT p.id FROM ${PACKAGE_SCHEMA}.field_values p
      LEFT JOIN temp.package_stamp_values s ON s.id = p.id
      WHERE s.id IS NULL OR s.revision <> p.revision;
    INSERT OR IGNORE INTO temp.package_values (id)
      SELECT s.id FROM temp.package_stamp_values s
      WHERE NOT EXISTS (SELECT 1 FROM ${PACKAGE_SCHEMA}.field_values p WHERE p.id = s.id);
    INSERT OR IGNORE INTO temp.package_values (id)
      SELECT v.id FROM ${PACKAGE_SCHEMA}.field_values v JOIN ${PACKAGE_SCHEMA}.articles a ON a.id = v.article_id
      WHERE a.document_id IN (SELECT id FROM temp.package_changed_pages)
      UNION ALL
      SELECT v.id FROM main.field_values v JOIN main.articles a ON a.id = v.article_id
      WHERE a.document_id IN (SELECT id FROM temp.package_changed_pages);`);
}

/**
 * The carried articles whose values changed on `side` since the stamp (a value of a new
 * revision, added there, or a stamped one removed there), read after fillCandidateValues filled
 * temp.package_stamp_values. Set-based: a merge needs it for every carried article, to tell a
 * value edit on one side from an article's state or comments changed on the other.
 */
export function articlesWithChangedValues(db: ProjectDatabase, side: Side): number[] {
  const other: Side = side === 'main' ? PACKAGE_SCHEMA : 'main';
  return (
    db
      .prepare(
        `SELECT v.article_id AS id FROM ${side}.field_values v
         JOIN ${side}.articles a ON a.id = v.article_id
         LEFT JOIN temp.package_stamp_values s ON s.id = v.id
         WHERE a.document_id IN (SELECT id FROM temp.package_documents)
           AND (s.id IS NULL OR s.revision <> v.revision)
         UNION
         SELECT o.article_id FROM temp.package_stamp_values s
         JOIN ${other}.field_values o ON o.id = s.id
         WHERE NOT EXISTS (SELECT 1 FROM ${side}.field_values v WHERE v.id = s.id)`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
}

/**
 * Who last wrote anything about an article on one side, and when: its own rows and those of its
 * values and comments (which name it in their JSON), through the indexes of migrations 1 and 7.
 */
export function lastArticleAuthor(
  db: ProjectDatabase,
  side: Side,
  articleId: number,
): { actor: string; at: string } | null {
  const row = db
    .prepare(
      `SELECT actor, at FROM ${side}.audit WHERE id = (SELECT max(id) FROM (
         SELECT id FROM ${side}.audit WHERE entity = 'article' AND entity_id = ?
         UNION ALL SELECT id FROM ${side}.audit WHERE json_extract(after, '$.article') = ?
         UNION ALL SELECT id FROM ${side}.audit WHERE json_extract(before, '$.article') = ?))`,
    )
    .get(articleId, articleId, articleId) as { actor: string; at: string } | undefined;
  return row ?? null;
}

export type SideRows = ReturnType<typeof readSide>;
