import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridSorts, type GridCursor, type GridSort } from '../../shared/contract/grid';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import {
  countGridValues,
  pageOfGridValues,
  type GridPageQuery,
  type GridValueFilter,
} from './field-grid-queries';
import { installFieldGridIndexes } from './field-grid-indexes';
import type { ProjectDatabase } from './open-project';

const tempDir = useTempDir('gleaner-grid-');

interface PlainRow {
  id: number;
  field: string;
  article: number;
  title: string | null;
  value: string;
  raw: string;
  confidence: number | null;
  extractor: string | null;
  state: string;
}

/**
 * The seeded project with the grid indexes (field-grid-indexes.ts), and values that test the edges of the order:
 * no confidence and no rule (a curator's value), the same confidence many times, text outside
 * the BMP (UTF-16 and code point order differ there), and every state.
 */
function seededGrid(withIndexes = true): { db: ProjectDatabase; rows: PlainRow[] } {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { db } = project;
  const hasIndexes = db
    .prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'field_values_queue'`)
    .get();
  if (withIndexes && !hasIndexes) installFieldGridIndexes(db);
  db.exec(`
    UPDATE field_values SET confidence = NULL, extractor = NULL WHERE id % 7 = 0;
    UPDATE field_values SET confidence = 0.5 WHERE id % 5 = 0;
    UPDATE field_values SET raw = raw || '𠀀' WHERE id % 11 = 0;
    UPDATE field_values SET raw = raw || '' WHERE id % 13 = 0;
    UPDATE field_values SET state = CASE id % 4 WHEN 0 THEN 'accepted' WHEN 1 THEN 'rejected'
      WHEN 2 THEN 'edited' ELSE state END WHERE id % 3 = 0;
  `);
  const rows = db
    .prepare(
      `SELECT v.id, v.field_key AS field, v.article_id AS article, a.title, v.value, v.raw,
              v.confidence, v.extractor, v.state
         FROM field_values v JOIN articles a ON a.id = v.article_id`,
    )
    .all() as PlainRow[];
  return { db, rows };
}

/** The spec of each sort, written independently of the SQL: keys compared in code points. */
const keyOf: Record<GridSort, (r: PlainRow) => (string | number)[]> = {
  article: (r) => [r.article],
  value: (r) => [r.value],
  raw: (r) => [r.raw],
  confidence: (r) => [r.confidence ?? -1],
  field: (r) => [r.confidence ?? -1],
  rule: (r) => [r.extractor ?? '', r.confidence ?? -1],
  state: (r) => [r.state],
};

const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!);
function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [codePoints(String(a)), codePoints(String(b))];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function expectedOrder(
  rows: readonly PlainRow[],
  fields: readonly string[],
  sort: GridSort,
  descending: boolean,
): number[] {
  const sign = descending ? -1 : 1;
  return rows
    .filter((r) => fields.includes(r.field))
    .sort((a, b) => {
      if (sort === 'field') {
        const byField = fields.indexOf(a.field) - fields.indexOf(b.field);
        if (byField !== 0) return byField;
      }
      const [ka, kb] = [keyOf[sort](a), keyOf[sort](b)];
      for (let i = 0; i < ka.length; i++) {
        const d = compare(ka[i]!, kb[i]!);
        if (d !== 0) return sign * d;
      }
      return sign * (a.id - b.id);
    })
    .map((r) => r.id);
}

/** Every page of the query, each started from the cursor the last one ended at. */
function allPages(db: ProjectDatabase, query: Omit<GridPageQuery, 'after'>): number[] {
  const ids: number[] = [];
  let after: GridCursor | null = null;
  for (let page = 0; page < 10_000; page++) {
    const rows = pageOfGridValues(db, { ...query, after });
    ids.push(...rows.map((r) => r.valueId));
    const last = rows[rows.length - 1];
    if (rows.length < query.limit || !last) return ids;
    after = { fieldKey: last.fieldKey, keys: last.keys, id: last.valueId };
  }
  throw new Error('the pages never ended');
}

const noFilter: GridValueFilter = { states: [] };

describe('pages of the field grid', () => {
  // Project files do not have the grid's indexes yet (field-grid-indexes.ts): the order must not
  // depend on them.
  it.each([
    ['with the grid indexes', true],
    ['without them, as project files are today', false],
  ])(
    'list every value once, in the order of each sort, both ways, for one field or several, %s',
    (_, withIndexes) => {
      const { db, rows } = seededGrid(withIndexes);
      const fieldSets = [
        ['hospital'],
        ['city', 'hospital', 'province'],
        [...new Set(rows.map((r) => r.field))],
      ];
      for (const fields of fieldSets) {
        for (const sort of gridSorts) {
          for (const descending of [false, true]) {
            const got = allPages(db, { fields, filter: noFilter, sort, descending, limit: 7 });
            expect(got, `${fields.join(',')} by ${sort}${descending ? ' desc' : ''}`).toEqual(
              expectedOrder(rows, fields, sort, descending),
            );
          }
        }
      }
    },
  );

  it('apply every filter to the rows, and count the same rows', () => {
    const { db, rows } = seededGrid();
    const fields = ['hospital', 'city', 'metric'];
    const filters: [GridValueFilter, (r: PlainRow) => boolean][] = [
      [{ states: ['suggested'] }, (r) => r.state === 'suggested'],
      [{ states: ['accepted', 'rejected'] }, (r) => ['accepted', 'rejected'].includes(r.state)],
      [{ states: [], rule: '' }, (r) => r.extractor === null],
      [{ states: [], text: '𠀀' }, (r) => r.raw.includes('𠀀')],
      [{ states: [], title: '医院' }, (r) => (r.title ?? '').includes('医院')],
      [
        { states: ['suggested'], minConfidence: 0.5, maxConfidence: 0.9 },
        (r) =>
          r.state === 'suggested' &&
          r.confidence !== null &&
          r.confidence >= 0.5 &&
          r.confidence <= 0.9,
      ],
    ];
    for (const [filter, keep] of filters) {
      const expected = expectedOrder(rows.filter(keep), fields, 'confidence', false);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const got = allPages(db, { fields, filter, sort: 'confidence', descending: false, limit: 5 });
      expect(got, JSON.stringify(filter)).toEqual(expected);
      expect(countGridValues(db, fields, filter)).toBe(expected.length);
    }
  });

  it("read each field's page as a range of the grid index for its sort, never a sort of all rows", () => {
    const { db } = seededGrid();
    const expectedIndex: Record<GridSort, string> = {
      article: 'field_values_grid_article',
      value: 'field_values_grid_value',
      raw: 'field_values_grid_raw',
      confidence: 'field_values_grid_confidence',
      field: 'field_values_grid_confidence',
      rule: 'field_values_grid_rule',
      state: 'field_values_grid_state',
    };
    const plans: string[] = [];
    const explained = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== 'prepare') return Reflect.get(target, property, receiver) as unknown;
        return (sql: string) => {
          const statement = target.prepare(sql);
          if (sql.includes('LIMIT @limit')) {
            const explain = target.prepare(`EXPLAIN QUERY PLAN ${sql}`);
            return {
              all: (params: Record<string, unknown>) => {
                plans.push(
                  (explain.all(params) as { detail: string }[]).map((r) => r.detail).join(' | '),
                );
                return statement.all(params);
              },
            };
          }
          return statement;
        };
      },
    });
    for (const sort of gridSorts) {
      for (const descending of [false, true]) {
        plans.length = 0;
        const first = pageOfGridValues(explained, {
          fields: ['hospital'],
          filter: noFilter,
          sort,
          descending,
          after: null,
          limit: 3,
        });
        expect(plans).toHaveLength(1);
        const [firstPlan] = plans.splice(0);
        expect(firstPlan, sort).toContain(expectedIndex[sort]);
        expect(firstPlan, sort).not.toContain('TEMP B-TREE');
        const last = first[first.length - 1]!;
        pageOfGridValues(explained, {
          fields: ['hospital'],
          filter: noFilter,
          sort,
          descending,
          after: { fieldKey: last.fieldKey, keys: last.keys, id: last.valueId },
          limit: 3,
        });
        // After the cursor: the tied rows, then one range per key, each a seek past the cursor
        // (a constraint beyond field_key), never a walk of the field from its start.
        expect(plans.length, sort).toBeGreaterThanOrEqual(1);
        for (const plan of plans) {
          expect(plan, sort).toContain(expectedIndex[sort]);
          expect(plan, sort).not.toContain('TEMP B-TREE');
          expect(plan, sort).toMatch(/\(field_key=\? AND .*[<>]\?\)/);
        }
      }
    }
    plans.length = 0;
    pageOfGridValues(explained, {
      fields: ['hospital'],
      filter: { states: ['suggested'] },
      sort: 'confidence',
      descending: false,
      after: null,
      limit: 3,
    });
    expect(plans[0]).toContain('field_values_queue');
  });
});
