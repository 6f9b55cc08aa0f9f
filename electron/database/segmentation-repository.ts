import type { CodePointRange } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';
import { NEXT_ARTICLE_ID, NEXT_VALUE_ID } from './row-ids';

/**
 * The rows of one page (document) that a segmentation correction rewrites or moves: its articles
 * with their ranges, where each value of those articles sits (article and place in its field),
 * and which article each comment belongs to. Value contents (value, raw text, state, revision,
 * spans) are not here: a correction never changes them, it only moves values between articles.
 */
export interface PageRows {
  documentId: number;
  /** Every column of each article row, by name, so a re-inserted article is the same row. */
  articles: ArticleRecord[];
  values: ValuePlacement[];
  comments: CommentPlacement[];
}

/**
 * What a correction left, as its audit row keeps it to recognise the page later: PageRows without
 * the values' full rows (their contents are not what undo compares or restores), half the size.
 */
export type PageLayout = Omit<PageRows, 'values'> & { values: Omit<ValuePlacement, 'row'>[] };

export function pageLayout(page: PageRows): PageLayout {
  return { ...page, values: page.values.map(({ row: _row, ...placement }) => placement) };
}

export interface ArticleRecord {
  id: number;
  ordinal: number;
  status: string;
  revision: number;
  ranges: CodePointRange[];
  /** All columns of the row as stored (including the ones above), to re-insert it exactly. */
  row: Record<string, unknown>;
}

export interface ValuePlacement {
  id: number;
  articleId: number;
  fieldKey: string;
  ordinal: number;
  state: string;
  revision: number;
  spans: CodePointRange[];
  /** Every column of the value row, to bring back a value a correction created and undo removed. */
  row: Record<string, unknown>;
}

export interface CommentPlacement {
  id: number;
  articleId: number;
}

const documentOfArticle = prepare<[articleId: number], { documentId: number }>(
  'SELECT document_id AS documentId FROM articles WHERE id = ?',
);

export function documentIdOfArticle(db: ProjectDatabase, articleId: number): number | null {
  return documentOfArticle.get(db, articleId)?.documentId ?? null;
}

export function documentExists(db: ProjectDatabase, documentId: number): boolean {
  return statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(documentId) !== undefined;
}

const sha256OfDocument = prepare<[documentId: number], { sha256: string }>(
  'SELECT sha256 FROM documents WHERE id = ?',
);

/** The text's hash of a document that exists (the caller checked: a missing one throws). */
export function documentSha256(db: ProjectDatabase, documentId: number): string {
  return sha256OfDocument.get(db, documentId)!.sha256;
}

const pageQueries = {
  articles: prepare<[documentId: number], Record<string, unknown>>(
    'SELECT * FROM articles WHERE document_id = ? ORDER BY ordinal',
  ),
  ranges: prepare<[documentId: number], { articleId: number; start: number; end: number }>(
    `SELECT r.article_id AS articleId, r.start, r.end FROM article_ranges r
       JOIN articles a ON a.id = r.article_id WHERE a.document_id = ? ORDER BY r.article_id, r.start`,
  ),
  values: prepare<[documentId: number], Record<string, unknown>>(
    `SELECT v.* FROM field_values v JOIN articles a ON a.id = v.article_id
      WHERE a.document_id = ? ORDER BY v.id`,
  ),
  spans: prepare<[documentId: number], { valueId: number; start: number; end: number }>(
    `SELECT s.value_id AS valueId, s.start, s.end FROM value_spans s
       JOIN field_values v ON v.id = s.value_id JOIN articles a ON a.id = v.article_id
      WHERE a.document_id = ? ORDER BY s.value_id, s.start, s.end`,
  ),
  comments: prepare<[documentId: number], CommentPlacement>(
    `SELECT c.id, c.article_id AS articleId FROM comments c
       JOIN articles a ON a.id = c.article_id WHERE a.document_id = ? ORDER BY c.id`,
  ),
};

/** One page's articles (by ordinal), values (by id) and comments (by id), as stored now. */
export function loadPageRows(db: ProjectDatabase, documentId: number): PageRows {
  const rows = pageQueries.articles.all(db, documentId);
  const ranges = pageQueries.ranges.all(db, documentId);
  const values = pageQueries.values.all(db, documentId);
  const spans = pageQueries.spans.all(db, documentId);
  const comments = pageQueries.comments.all(db, documentId);
  const rangesOf = groupBy(ranges, (r) => r.articleId);
  const spansOf = groupBy(spans, (s) => s.valueId);
  return {
    documentId,
    articles: rows.map((row) => ({
      id: row.id as number,
      ordinal: row.ordinal as number,
      status: row.status as string,
      revision: row.revision as number,
      ranges: (rangesOf.get(row.id as number) ?? []).map(({ start, end }) => ({ start, end })),
      row,
    })),
    values: values.map((row) => ({
      id: row.id as number,
      articleId: row.article_id as number,
      fieldKey: row.field_key as string,
      ordinal: row.ordinal as number,
      state: row.state as string,
      revision: row.revision as number,
      spans: (spansOf.get(row.id as number) ?? []).map(({ start, end }) => ({ start, end })),
      row,
    })),
    comments,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Ordinals are unique per page: moved out of the way (negative) before a page is renumbered. */
export function parkArticleOrdinals(db: ProjectDatabase, documentId: number): void {
  statement(
    db,
    'UPDATE articles SET ordinal = -1 - ordinal WHERE document_id = ? AND ordinal >= 0',
  ).run(documentId);
}

export function isArticleIdTaken(db: ProjectDatabase, articleId: number): boolean {
  return statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId) !== undefined;
}

/**
 * Inserts a row of `articles` or `field_values` from its columns by name (as a snapshot recorded
 * them, so columns added by later migrations come back too); `id` null takes the next free id.
 */
export function insertRow(
  db: ProjectDatabase,
  table: 'articles' | 'field_values',
  row: Record<string, unknown>,
): number {
  const columns = Object.keys(row).filter((c) => c !== 'id');
  for (const column of columns)
    if (!/^[a-z_0-9]+$/.test(column)) throw new Error(`Unexpected ${table} column ${column}`);
  const nextId = table === 'articles' ? NEXT_ARTICLE_ID : NEXT_VALUE_ID;
  return Number(
    statement(
      db,
      `INSERT INTO ${table} (id, ${columns.join(', ')})
       VALUES (coalesce(@id, ${nextId}), ${columns.map((c) => '@' + c).join(', ')})`,
    ).run({ ...Object.fromEntries(columns.map((c) => [c, row[c]])), id: row.id ?? null })
      .lastInsertRowid,
  );
}

export function isValueIdTaken(db: ProjectDatabase, valueId: number): boolean {
  return statement(db, 'SELECT 1 FROM field_values WHERE id = ?').get(valueId) !== undefined;
}

/** Deletes a value a correction had created (a copy), when the correction is undone. */
export function deleteValue(db: ProjectDatabase, valueId: number): void {
  statement(db, 'DELETE FROM field_values WHERE id = ?').run(valueId);
}

/**
 * Sets a value's spans, each with its text read from the document (SQLite's substr counts code
 * points, as our offsets do), so a span's text is the document's by construction.
 */
export function setValueSpans(
  db: ProjectDatabase,
  valueId: number,
  documentId: number,
  spans: readonly CodePointRange[],
): void {
  statement(db, 'DELETE FROM value_spans WHERE value_id = ?').run(valueId);
  const insert = statement(
    db,
    `INSERT INTO value_spans (value_id, start, end, text)
     SELECT @value, @start, @end, substr(text, @start + 1, @end - @start) FROM documents WHERE id = @document`,
  );
  for (const s of spans)
    insert.run({ value: valueId, start: s.start, end: s.end, document: documentId });
}

/** Sets the columns a correction changes on an article that stays. */
export function updateArticlePlacement(
  db: ProjectDatabase,
  articleId: number,
  change: { ordinal: number; revision: number; updatedAt: string },
): void {
  statement(db, 'UPDATE articles SET ordinal = ?, revision = ?, updated_at = ? WHERE id = ?').run(
    change.ordinal,
    change.revision,
    change.updatedAt,
    articleId,
  );
}

export function replaceArticleRanges(
  db: ProjectDatabase,
  articleId: number,
  ranges: readonly CodePointRange[],
): void {
  statement(db, 'DELETE FROM article_ranges WHERE article_id = ?').run(articleId);
  const insert = statement(
    db,
    'INSERT INTO article_ranges (article_id, start, end) VALUES (?, ?, ?)',
  );
  for (const r of ranges) insert.run(articleId, r.start, r.end);
}

/** Moves a value to an article and a place in its field; its contents and revision stay. */
export function placeValue(
  db: ProjectDatabase,
  valueId: number,
  articleId: number,
  ordinal: number,
): void {
  statement(db, 'UPDATE field_values SET article_id = ?, ordinal = ? WHERE id = ?').run(
    articleId,
    ordinal,
    valueId,
  );
}

export function moveComment(db: ProjectDatabase, commentId: number, articleId: number): void {
  statement(db, 'UPDATE comments SET article_id = ? WHERE id = ?').run(articleId, commentId);
}

/**
 * Deletes an article that a correction removed. Its values and comments must have been moved
 * first: deleting would cascade to them, so one still there is a bug, refused loudly.
 */
const heldByArticle = prepare<[{ id: number }], { n: number }>(
  `SELECT (SELECT count(*) FROM field_values WHERE article_id = @id)
        + (SELECT count(*) FROM comments WHERE article_id = @id) AS n`,
);

export function deleteEmptiedArticle(db: ProjectDatabase, articleId: number): void {
  const left = heldByArticle.get(db, { id: articleId })!;
  if (left.n > 0)
    throw new Error(`Article ${articleId} still holds ${left.n} values or comments; not deleted.`);
  statement(db, 'DELETE FROM articles WHERE id = ?').run(articleId);
}

/** A stored segmentation correction, as its row holds it. */
export interface CorrectionRow {
  articles: string;
  updatedAt: string;
  actor: string;
}

const correctionOfText = prepare<[sha256: string], CorrectionRow>(
  'SELECT articles, updated_at AS updatedAt, actor FROM segmentation_corrections WHERE document_sha256 = ?',
);

/** The stored segmentation correction of a text, if any. */
export function segmentationCorrectionRow(
  db: ProjectDatabase,
  sha256: string,
): CorrectionRow | null {
  return correctionOfText.get(db, sha256) ?? null;
}

/** Puts a text's correction row back as it was (none: deleted). */
export function restoreSegmentationCorrection(
  db: ProjectDatabase,
  sha256: string,
  row: CorrectionRow | null,
): void {
  statement(db, 'DELETE FROM segmentation_corrections WHERE document_sha256 = ?').run(sha256);
  if (row) {
    statement(
      db,
      'INSERT INTO segmentation_corrections (document_sha256, articles, updated_at, actor) VALUES (?, ?, ?, ?)',
    ).run(sha256, row.articles, row.updatedAt, row.actor);
  }
}

interface SegmentationAuditRow {
  entityId: number;
  action: string;
  before: string;
  after: string;
}

const correctionAudit = prepare<[auditId: number], SegmentationAuditRow>(
  `SELECT entity_id AS entityId, action, before, after FROM audit
    WHERE id = ? AND entity = 'document' AND before IS NOT NULL AND after IS NOT NULL`,
);

/** The audit row a correction wrote, to undo it from what it recorded. */
export function segmentationAuditRow(
  db: ProjectDatabase,
  auditId: number,
): SegmentationAuditRow | null {
  return correctionAudit.get(db, auditId) ?? null;
}

const maxAuditId = prepare<[], { id: number }>('SELECT max(id) AS id FROM audit');

export function lastAuditId(db: ProjectDatabase): number {
  return maxAuditId.get(db)!.id;
}
