import type { ArticleFilter } from '../../shared/contract/articles';
import type { ValueForExport } from '../../shared/export/canonical-record';
import { articleFilterSql } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** What an export reads (export/select-articles.ts builds the records). */

/** The conditions of an export, already checked and normalised by the caller. */
export interface ExportConditions {
  status: 'approved' | 'submitted' | 'any';
  /** ISO timestamp, inclusive. */
  updatedFrom: string | null;
  /** ISO timestamp; exclusive when `updatedToExclusive` (a date-only bound's next midnight). */
  updatedTo: string | null;
  updatedToExclusive: boolean;
  assigneeId: number | undefined;
  /** A saved search's filter, applied through the same SQL as the article list. */
  savedFilter: ArticleFilter | undefined;
}

function whereSql(conditions: ExportConditions): {
  sql: string;
  params: Record<string, string | number>;
} {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (conditions.status !== 'any') {
    clauses.push('a.status = @status');
    params.status = conditions.status;
  }
  if (conditions.updatedFrom !== null) {
    clauses.push('a.updated_at >= @from');
    params.from = conditions.updatedFrom;
  }
  if (conditions.updatedTo !== null) {
    clauses.push(conditions.updatedToExclusive ? 'a.updated_at < @to' : 'a.updated_at <= @to');
    params.to = conditions.updatedTo;
  }
  if (conditions.assigneeId !== undefined) {
    clauses.push('a.assignee_id = @assignee');
    params.assignee = conditions.assigneeId;
  }
  if (conditions.savedFilter) {
    // Its params are af_*: they cannot collide with the ones above.
    const saved = articleFilterSql(conditions.savedFilter);
    clauses.push(...saved.conditions);
    Object.assign(params, saved.params);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * The ids of the articles an export takes, in its stable order (document name, then document,
 * then the article's place in it).
 */
export function exportArticleIds(db: ProjectDatabase, conditions: ExportConditions): number[] {
  const where = whereSql(conditions);
  const ordered = prepare<[Record<string, string | number>], { id: number }>(
    // Documents by name through their index, then each one's articles (d.id is a.document_id):
    // read in order, where joining the other way sorted every selected article first.
    `SELECT a.id FROM documents d CROSS JOIN articles a ON a.document_id = d.id ${where.sql}
     ORDER BY d.name, d.id, a.ordinal, a.id`,
  );
  const ids: number[] = [];
  for (const row of ordered.iterate(db, where.params)) ids.push(row.id);
  return ids;
}

export interface ExportArticleRow {
  id: number;
  status: string;
  title: string | null;
  documentId: number;
  documentName: string;
  sha256: string;
  encoding: string;
}

const articleRow = prepare<[articleId: number], ExportArticleRow>(
  `SELECT a.id, a.status, a.title, a.document_id AS documentId, d.name AS documentName,
          d.sha256, d.encoding
   FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,
);

/** An article with its document's identity (undefined when it was deleted since). */
export function exportArticle(
  db: ProjectDatabase,
  articleId: number,
): ExportArticleRow | undefined {
  return articleRow.get(db, articleId);
}

/** One value joined with one of its spans (the span columns are null for a value with none). */
export interface ExportValueSpanRow {
  valueId: number;
  fieldKey: string;
  value: string;
  raw: string;
  origin: ValueForExport['origin'];
  confidence: number | null;
  state: ValueForExport['state'];
  start: number | null;
  end: number | null;
  text: string | null;
}

const valueSpans = prepare<[articleId: number], ExportValueSpanRow>(
  `SELECT v.id AS valueId, v.field_key AS fieldKey, v.value, v.raw, v.origin, v.confidence, v.state,
          s.start, s.end, s.text
   FROM field_values v LEFT JOIN value_spans s ON s.value_id = v.id
   WHERE v.article_id = ? ORDER BY v.field_key, v.ordinal, v.id, s.start, s.end`,
);

/** An article's values with their spans, in one query (field, ordinal, id; spans by start). */
export function exportValueSpanRows(db: ProjectDatabase, articleId: number): ExportValueSpanRow[] {
  return valueSpans.all(db, articleId);
}

const lastAt = prepare<[], { at: string | null }>('SELECT max(at) AS at FROM audit');

/** The time of the project's last recorded change (null in a project with no audit row). */
export function lastChangeAt(db: ProjectDatabase): string | null {
  return lastAt.get(db)?.at ?? null;
}
