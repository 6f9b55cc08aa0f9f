import type { ValueForExport } from '../../shared/export/canonical-record';
import type { ArticleFilter } from '../../shared/contract/articles';
import { articleFilterSql } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { firstValueNotJson, valueNotJsonError } from './stored-value-json';
import { prepare, prepareRaw } from './typed-statement';

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

// A window of articles is passed as one JSON array of ids: one statement per window, whatever
// its length, instead of one query per article.
const articleRows = prepare<[ids: string], ExportArticleRow>(
  `SELECT a.id, a.status, a.title, a.document_id AS documentId, d.name AS documentName,
          d.sha256, d.encoding
   FROM json_each(?) j JOIN articles a ON a.id = j.value JOIN documents d ON d.id = a.document_id`,
);

/** These articles with their documents' identity, in no order (a deleted one is missing). */
export function exportArticles(db: ProjectDatabase, ids: readonly number[]): ExportArticleRow[] {
  return articleRows.all(db, JSON.stringify(ids));
}

/** [articleId, start, end] */
export type ExportRangeRow = [articleId: number, start: number, end: number];

const rangeRows = prepareRaw<[ids: string], ExportRangeRow>(
  `SELECT r.article_id, r.start, r.end
   FROM json_each(?) j JOIN article_ranges r ON r.article_id = j.value
   ORDER BY r.article_id, r.start`,
);

/** The document ranges these articles cover, by article, then in order. */
export function exportRanges(db: ProjectDatabase, ids: readonly number[]): ExportRangeRow[] {
  return rangeRows.all(db, JSON.stringify(ids));
}

/** A value as the query below gives it: [fieldKey, value, raw, origin, confidence, state, spans]. */
export type ExportValueTuple = [
  fieldKey: string,
  value: unknown,
  raw: string,
  origin: ValueForExport['origin'],
  confidence: number | null,
  state: ValueForExport['state'],
  spans: [start: number, end: number, text: string][],
];

/** [articleId, the article's values as a JSON array of ExportValueTuple] */
export type ExportValuesRow = [articleId: number, valuesJson: string];

// Each article's values, spans included, come as one JSON text that SQLite builds, as the
// benchmark's bare SELECT does: better-sqlite3 turned every cell of a row per value (8 cells)
// and per span (4) into a JS value, which took most of an export's reading, and JSON.parse
// makes the same values for a fraction of that. Arrays, not objects: SQLite writes no key for
// each value (a quarter less CPU for the whole read). The stored value is JSON already (json()
// embeds it as such); SQLite writes a REAL with 17 significant digits, so a confidence parses
// back to the same double. A subquery's result loses its JSON subtype, hence json() around the
// spans' array.
const valueRows = prepareRaw<[ids: string], ExportValuesRow>(
  `SELECT j.value,
     (SELECT json_group_array(json_array(
               v.field_key, json(v.value), v.raw, v.origin, v.confidence, v.state,
               json((SELECT json_group_array(json_array(s.start, s.end, s.text)
                                             ORDER BY s.start, s.end)
                     FROM value_spans s WHERE s.value_id = v.id)))
             ORDER BY v.field_key, v.ordinal, v.id)
      FROM field_values v WHERE v.article_id = j.value)
   FROM json_each(?) j`,
);

/**
 * These articles' values, each article's as a JSON array (`[]` when it has none): by field,
 * ordinal, id, each value's spans by start and end. An id may belong to a deleted article.
 */
export function exportValues(db: ProjectDatabase, ids: readonly number[]): ExportValuesRow[] {
  try {
    return valueRows.all(db, JSON.stringify(ids));
  } catch (error) {
    // json() met a stored value that is not JSON: name it rather than SQLite's "malformed JSON".
    const broken = firstValueNotJson(db, ids);
    throw broken ? valueNotJsonError(broken) : error;
  }
}

const lastAt = prepare<[], { at: string | null }>('SELECT max(at) AS at FROM audit');

/** The time of the project's last recorded change (null in a project with no audit row). */
export function lastChangeAt(db: ProjectDatabase): string | null {
  return lastAt.get(db)?.at ?? null;
}
