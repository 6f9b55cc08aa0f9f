import type { ProjectDatabase } from './open-project';
import { PACKAGE_SCHEMA, sharedColumns } from './package-schema';
import type { RangeRow } from './package-side-repository';
import { statement } from './statement-cache';
import { NEXT_ARTICLE_ID, NEXT_VALUE_ID } from './row-ids';

/** Documents of the package that the project does not hold (imported inside the package). */
export function documentsMissingFromProject(db: ProjectDatabase): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM ${PACKAGE_SCHEMA}.documents WHERE id NOT IN (SELECT id FROM main.documents)
         OR sha256 NOT IN (SELECT sha256 FROM main.documents)`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function valueExists(db: ProjectDatabase, id: number): boolean {
  return statement(db, 'SELECT 1 FROM main.field_values WHERE id = ?').get(id) !== undefined;
}

export function profileIdNamed(db: ProjectDatabase, name: string): number | null {
  const row = statement(db, 'SELECT id FROM main.profiles WHERE name = ?').get(name) as
    { id: number } | undefined;
  return row?.id ?? null;
}

// --- Writing the package's changes into the project -------------------------------------

/** Parks a page's articles on negative ordinals, so they can be renumbered in any order. */
export function parkOrdinals(db: ProjectDatabase, documentId: number): void {
  statement(db, 'UPDATE main.articles SET ordinal = -id WHERE document_id = ?').run(documentId);
}

/** The package's article row over the project's one of the same id (segmentation columns). */
export function takeArticleLayout(db: ProjectDatabase, id: number): void {
  statement(
    db,
    `UPDATE main.articles SET (ordinal, title, kicker, revision, updated_at) =
       (SELECT p.ordinal, p.title, p.kicker, max(p.revision, articles.revision) + 1, p.updated_at
        FROM ${PACKAGE_SCHEMA}.articles p WHERE p.id = ?)
     WHERE id = ?`,
  ).run(id, id);
}

/** Inserts the package's article under a new id in the project; returns that id. */
export function insertArticleFromPackage(db: ProjectDatabase, packageId: number): number {
  const columns = sharedColumns(db, 'articles', ['id', 'assignee_id']).join(', ');
  const result = statement(
    db,
    `INSERT INTO main.articles (id, ${columns})
       SELECT ${NEXT_ARTICLE_ID}, ${columns} FROM ${PACKAGE_SCHEMA}.articles WHERE id = ?`,
  ).run(packageId);
  return Number(result.lastInsertRowid);
}

export function replaceRanges(
  db: ProjectDatabase,
  articleIds: readonly number[],
  ranges: readonly RangeRow[],
): void {
  const remove = statement(db, 'DELETE FROM main.article_ranges WHERE article_id = ?');
  for (const id of articleIds) remove.run(id);
  const insert = statement(
    db,
    'INSERT INTO main.article_ranges (article_id, start, end) VALUES (?, ?, ?)',
  );
  for (const r of ranges) insert.run(r.articleId, r.start, r.end);
}

export function moveValueTo(db: ProjectDatabase, valueId: number, articleId: number): void {
  statement(db, 'UPDATE main.field_values SET article_id = ? WHERE id = ?').run(articleId, valueId);
}

export function moveCommentTo(db: ProjectDatabase, commentId: number, articleId: number): void {
  statement(db, 'UPDATE main.comments SET article_id = ? WHERE id = ?').run(articleId, commentId);
}

export function deleteArticle(db: ProjectDatabase, id: number): void {
  statement(db, 'DELETE FROM main.articles WHERE id = ?').run(id);
}

/** The package's segmentation correction of a page, over the project's one. */
export function takeSegmentationCorrection(db: ProjectDatabase, sha256: string): void {
  const columns = sharedColumns(db, 'segmentation_corrections').join(', ');
  statement(db, 'DELETE FROM main.segmentation_corrections WHERE document_sha256 = ?').run(sha256);
  db.prepare(
    `INSERT INTO main.segmentation_corrections (${columns}) SELECT ${columns}
     FROM ${PACKAGE_SCHEMA}.segmentation_corrections WHERE document_sha256 = ?`,
  ).run(sha256);
}

export function setArticleState(
  db: ProjectDatabase,
  id: number,
  state: { status: string; assigneeId: number | null; revision: number; updatedAt: string },
): void {
  statement(
    db,
    'UPDATE main.articles SET status = ?, assignee_id = ?, revision = ?, updated_at = ? WHERE id = ?',
  ).run(state.status, state.assigneeId, state.revision, state.updatedAt, id);
}

/** The package's value content (every column but its id and article) and spans over the project's. */
export function takeValue(db: ProjectDatabase, id: number, revision: number): void {
  const columns = sharedColumns(db, 'field_values', ['id', 'article_id', 'revision']);
  const list = columns.join(', ');
  statement(
    db,
    `UPDATE main.field_values SET (${list}, revision) =
       (SELECT ${columns.map((c) => `p.${c}`).join(', ')}, ? FROM ${PACKAGE_SCHEMA}.field_values p WHERE p.id = ?)
     WHERE id = ?`,
  ).run(revision, id, id);
  statement(db, 'DELETE FROM main.value_spans WHERE value_id = ?').run(id);
  statement(
    db,
    `INSERT INTO main.value_spans (value_id, start, end, text)
     SELECT value_id, start, end, text FROM ${PACKAGE_SCHEMA}.value_spans WHERE value_id = ?`,
  ).run(id);
}

export function insertValueFromPackage(
  db: ProjectDatabase,
  packageId: number,
  articleId: number,
): number {
  const columns = sharedColumns(db, 'field_values', ['id', 'article_id']);
  const result = statement(
    db,
    `INSERT INTO main.field_values (id, article_id, ${columns.join(', ')})
       SELECT ${NEXT_VALUE_ID}, ?, ${columns.join(', ')} FROM ${PACKAGE_SCHEMA}.field_values WHERE id = ?`,
  ).run(articleId, packageId);
  const id = Number(result.lastInsertRowid);
  statement(
    db,
    `INSERT INTO main.value_spans (value_id, start, end, text)
     SELECT ?, start, end, text FROM ${PACKAGE_SCHEMA}.value_spans WHERE value_id = ?`,
  ).run(id, packageId);
  return id;
}

export function deleteValue(db: ProjectDatabase, id: number): void {
  statement(db, 'DELETE FROM main.field_values WHERE id = ?').run(id);
}

/**
 * A thread the package resolved while the project left it open takes the package's resolution
 * (who and when); a thread resolved in the project stays resolved.
 */
export function resolveThreadFromPackage(
  db: ProjectDatabase,
  threadId: number,
  resolution: { at: string; by: string },
): boolean {
  return (
    statement(
      db,
      `UPDATE main.comments SET resolved_at = ?, resolved_by = ?
        WHERE id = ? AND reply_to IS NULL AND resolved_at IS NULL`,
    ).run(resolution.at, resolution.by, threadId).changes > 0
  );
}
