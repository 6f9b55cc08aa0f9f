import type { GridCursor, GridSort } from '../../shared/contract/grid';
import { compareByKeys, keysetSteps, sortKeys, type SortKey } from './field-grid-keyset';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * Pages of the field grid and the confidence queue (issue 21), keyset-paged over the indexes of
 * the grid indexes (field-grid-indexes.ts): each field's page is one range of the index of the sort (field_key, sort keys,
 * rowid), read from where the last page ended, so a page a million values down costs what the
 * first one does. Several fields are read range by range and merged here in the same order.
 * Filters are tested on the rows the range yields (a narrow filter reads further along it).
 */

/** What the grid's rows may be narrowed to (fields already checked against the schema). */
export interface GridValueFilter {
  states: readonly string[];
  rule?: string | undefined;
  text?: string | undefined;
  title?: string | undefined;
  minConfidence?: number | undefined;
  maxConfidence?: number | undefined;
}

export interface GridPageQuery {
  /** Field keys, in the order the `field` sort visits them. */
  fields: readonly string[];
  filter: GridValueFilter;
  sort: GridSort;
  descending: boolean;
  after: GridCursor | null;
  limit: number;
}

/** One value of a page, as stored (value is its JSON), with the sort keys it was ordered by. */
export interface GridValueRow {
  valueId: number;
  revision: number;
  articleId: number;
  articleTitle: string | null;
  articleStatus: string;
  documentId: number;
  fieldKey: string;
  value: string;
  raw: string;
  origin: 'extracted' | 'curator';
  extractor: string | null;
  confidence: number | null;
  state: 'suggested' | 'accepted' | 'edited' | 'rejected' | 'added';
  keys: SortKey[];
}

interface Conditions {
  sql: string[];
  params: Record<string, unknown>;
}

/** The filter's conditions over `field_values v` and `articles a`, with their parameters. */
function filterConditions(filter: GridValueFilter): Conditions {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  // Spelled out for the queue: the planner uses the suggestions-only index only when the query
  // names that state literally.
  if (filter.states.length === 1 && filter.states[0] === 'suggested')
    sql.push(`v.state = 'suggested'`);
  else if (filter.states.length > 0) {
    sql.push('v.state IN (SELECT value FROM json_each(@states))');
    params.states = JSON.stringify(filter.states);
  }
  if (filter.rule !== undefined) {
    sql.push(`coalesce(v.extractor, '') = @rule`);
    params.rule = filter.rule;
  }
  if (filter.text !== undefined) {
    sql.push('instr(v.raw, @text) > 0');
    params.text = filter.text;
  }
  if (filter.title !== undefined) {
    sql.push('instr(a.title, @title) > 0');
    params.title = filter.title;
  }
  if (filter.minConfidence !== undefined) {
    sql.push('v.confidence >= @minConfidence');
    params.minConfidence = filter.minConfidence;
  }
  if (filter.maxConfidence !== undefined) {
    sql.push('v.confidence <= @maxConfidence');
    params.maxConfidence = filter.maxConfidence;
  }
  return { sql, params };
}

/** A value's place in the order: what the first phase of a page reads from the index alone. */
interface Placed {
  valueId: number;
  fieldKey: string;
  keys: SortKey[];
}

/**
 * One field's next `limit` values in the sort's order after `after`: their ids and sort keys
 * only, read from the sort's index, range by range (keysetSteps). Articles are joined only when
 * the filter names their title.
 */
function placesInField(
  db: ProjectDatabase,
  fieldKey: string,
  query: GridPageQuery,
  after: GridCursor | null,
  limit: number,
): Placed[] {
  const keys = sortKeys[query.sort];
  const { sql: conditions, params } = filterConditions(query.filter);
  const from =
    query.filter.title === undefined
      ? 'field_values v'
      : 'field_values v CROSS JOIN articles a ON a.id = v.article_id';
  const placed: Placed[] = [];
  for (const step of keysetSteps(keys, after, query.descending)) {
    const where = ['v.field_key = @field', ...conditions, ...step.conditions];
    const sql = `SELECT v.id AS valueId, v.field_key AS fieldKey,
        ${keys[0]} AS k0, ${keys[1] ?? 'NULL'} AS k1
      FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${step.orderBy} LIMIT @limit`;
    const rows = prepare<
      [Record<string, unknown>],
      { valueId: number; fieldKey: string; k0: SortKey; k1: SortKey | null }
    >(sql).all(db, { ...params, ...step.params, field: fieldKey, limit: limit - placed.length });
    for (const { k0, k1, ...row } of rows)
      placed.push({ ...row, keys: k1 === null ? [k0] : [k0, k1] });
    if (placed.length >= limit) break;
  }
  return placed;
}

type StoredRow = Omit<GridValueRow, 'keys'>;

const rowsByIds = prepare<[ids: string], StoredRow>(
  `SELECT v.id AS valueId, v.revision AS revision, v.article_id AS articleId,
      a.title AS articleTitle, a.status AS articleStatus, a.document_id AS documentId,
      v.field_key AS fieldKey, v.value AS value, v.raw AS raw, v.origin AS origin,
      v.extractor AS extractor, v.confidence AS confidence, v.state AS state
    FROM json_each(?) j JOIN field_values v ON v.id = j.value JOIN articles a ON a.id = v.article_id`,
);

/** The page's rows in full, in the order placed. */
function rowsOf(db: ProjectDatabase, placed: readonly Placed[]): GridValueRow[] {
  const rows = new Map(
    rowsByIds.all(db, JSON.stringify(placed.map((p) => p.valueId))).map((r) => [r.valueId, r]),
  );
  return placed.flatMap((p) => {
    const row = rows.get(p.valueId);
    return row ? [{ ...row, keys: p.keys }] : [];
  });
}

/**
 * One page of values in the query's order: up to `limit` rows. Each field's next values are
 * placed from its index ranges (ids and keys only), merged here, and only the page's own rows
 * are then read in full. The `field` sort takes the fields one after another.
 */
export function pageOfGridValues(db: ProjectDatabase, query: GridPageQuery): GridValueRow[] {
  if (query.sort === 'field') return rowsOf(db, placeFieldByField(db, query));
  const placed = query.fields.flatMap((field) =>
    placesInField(db, field, query, query.after, query.limit),
  );
  const sign = query.descending ? -1 : 1;
  return rowsOf(db, placed.sort((a, b) => sign * compareByKeys(a, b)).slice(0, query.limit));
}

function placeFieldByField(db: ProjectDatabase, query: GridPageQuery): Placed[] {
  const { after } = query;
  const from = after ? Math.max(0, query.fields.indexOf(after.fieldKey)) : 0;
  const placed: Placed[] = [];
  for (let i = from; i < query.fields.length && placed.length < query.limit; i++) {
    const cursor = after && i === from && query.fields[i] === after.fieldKey ? after : null;
    placed.push(...placesInField(db, query.fields[i]!, query, cursor, query.limit - placed.length));
  }
  return placed;
}

/** How many values of these fields pass the filter. */
export function countGridValues(
  db: ProjectDatabase,
  fields: readonly string[],
  filter: GridValueFilter,
): number {
  const { sql: conditions, params } = filterConditions(filter);
  const join = filter.title === undefined ? '' : 'CROSS JOIN articles a ON a.id = v.article_id';
  const where = ['v.field_key IN (SELECT value FROM json_each(@fields))', ...conditions];
  const sql = `SELECT count(*) AS n FROM field_values v ${join} WHERE ${where.join(' AND ')}`;
  return (
    prepare<[Record<string, unknown>], { n: number }>(sql).get(db, {
      ...params,
      fields: JSON.stringify(fields),
    })?.n ?? 0
  );
}

/** A value's first span (lowest start) and the text just around it, as stored. */
export interface SpanContext {
  start: number;
  end: number;
  before: string;
  marked: string;
  after: string;
}

// The first spans are found once per value (MATERIALIZED): left to the planner, the subqueries
// ran again for each of the five places the span's ends are used, three times the cost.
const contextsOf = prepare<
  [{ ids: string; before: number; after: number }],
  SpanContext & { valueId: number }
>(
  `WITH f AS MATERIALIZED (
     SELECT v.id AS valueId, v.article_id AS articleId,
            (SELECT s.start FROM value_spans s WHERE s.value_id = v.id
              ORDER BY s.start, s.end LIMIT 1) AS start,
            (SELECT s.end FROM value_spans s WHERE s.value_id = v.id
              ORDER BY s.start, s.end LIMIT 1) AS end
       FROM json_each(@ids) j JOIN field_values v ON v.id = j.value)
   SELECT f.valueId AS valueId, f.start AS start, f.end AS end,
          substr(d.text, max(1, f.start + 1 - @before), f.start - max(0, f.start - @before)) AS before,
          substr(d.text, f.start + 1, f.end - f.start) AS marked,
          substr(d.text, f.end + 1, @after) AS after
     FROM f JOIN articles a ON a.id = f.articleId JOIN documents d ON d.id = a.document_id
    WHERE f.start IS NOT NULL`,
);

/**
 * The first span of each value that has one, with up to `before` and `after` code points of the
 * document's text around it. Cut in SQL: substr counts characters of the UTF-8 text, which are
 * exactly the code points spans are measured in, and a page never carries whole documents (a
 * hundred values of a hundred documents read a hundred texts of several kilobytes each).
 */
export function spanContextsOf(
  db: ProjectDatabase,
  valueIds: readonly number[],
  around: { before: number; after: number },
): Map<number, SpanContext> {
  const rows = contextsOf.all(db, { ids: JSON.stringify(valueIds), ...around });
  return new Map(rows.map(({ valueId, ...context }) => [valueId, context]));
}
