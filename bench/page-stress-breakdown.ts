// Where a project's bytes are, for `npm run stress:pages` and `bench/page-stress-phases.ts`
// (issue 16 point 7): SQLite's dbstat grouped by what the tables and indexes hold, and the bytes
// of the suggested values' columns, so a shape writing many times its size says what it wrote.
import Database from 'better-sqlite3';

/** What each table or index of a project holds, by name. */
const GROUPS: readonly [string, RegExp][] = [
  ['suggested values (field_values, its index, value_spans)', /^(field_values|value_spans)/],
  ['article rows and their list indexes', /^(articles|article_ranges|sqlite_autoindex_article)/],
  ['page text (documents)', /^(documents|sqlite_autoindex_documents)/],
  ['search index', /^(article_search|search_)/],
  ['audit rows and their indexes', /^audit/],
];

export interface Breakdown {
  /** Each group's bytes (pages of its tables and indexes), the largest first. */
  groups: { name: string; bytes: number }[];
  /** Every table and index, the largest first. */
  objects: { name: string; bytes: number }[];
  /** The bytes of each column of `field_values` and `value_spans` in their rows. */
  valueColumns: { name: string; bytes: number }[];
  values: number;
  spans: number;
}

const VALUE_COLUMNS = [
  'field_key',
  'value',
  'value_key',
  'raw',
  'origin',
  'extractor',
  'state',
  'schema_id',
  'created_at',
  'updated_at',
];

/** The breakdown of a project file; null when this SQLite has no dbstat. */
export function projectBreakdown(project: string): Breakdown | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(project, { readonly: true, fileMustExist: true });
    const objects = db
      .prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
      .all() as { name: string; bytes: number }[];
    const groups = new Map<string, number>();
    for (const o of objects) {
      const group = GROUPS.find(([, pattern]) => pattern.test(o.name))?.[0] ?? 'everything else';
      groups.set(group, (groups.get(group) ?? 0) + o.bytes);
    }
    const sums = VALUE_COLUMNS.map((c) => `coalesce(sum(length(CAST(${c} AS BLOB))), 0)`);
    const valueRow = db
      .prepare(`SELECT count(*) AS n, ${sums.join(', ')} FROM field_values`)
      .raw()
      .get() as number[];
    const spanRow = db
      .prepare(
        'SELECT count(*) AS n, coalesce(sum(length(CAST(text AS BLOB))), 0) FROM value_spans',
      )
      .raw()
      .get() as number[];
    const valueColumns = VALUE_COLUMNS.map((name, i) => ({ name, bytes: valueRow[i + 1]! }));
    valueColumns.push({ name: 'value_spans.text', bytes: spanRow[1]! });
    return {
      groups: [...groups]
        .map(([name, bytes]) => ({ name, bytes }))
        .sort((a, b) => b.bytes - a.bytes),
      objects,
      valueColumns: valueColumns.sort((a, b) => b.bytes - a.bytes),
      values: valueRow[0]!,
      spans: spanRow[0]!,
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

/** Lines of the breakdown, each group and column also as a multiple of the page's size. */
export function describeBreakdown(b: Breakdown, fileBytes: number, largest = 8): string[] {
  const times = (bytes: number): string => `${(bytes / fileBytes).toFixed(2)}×`;
  const lines = b.groups.map((g) => `    ${g.name}: ${mb(g.bytes)} = ${times(g.bytes)}`);
  lines.push(
    `    largest: ${b.objects
      .slice(0, largest)
      .map((o) => `${o.name} ${mb(o.bytes)}`)
      .join(', ')}`,
  );
  if (b.values > 0)
    lines.push(
      `    ${b.values.toLocaleString('en')} values, ${b.spans.toLocaleString('en')} spans; ` +
        `their columns' bytes: ${b.valueColumns
          .filter((c) => c.bytes > 0)
          .map((c) => `${c.name} ${mb(c.bytes)}`)
          .join(', ')}`,
    );
  return lines;
}
