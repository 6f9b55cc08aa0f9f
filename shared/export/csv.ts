/**
 * CSV encoding (RFC 4180) and the two flat layouts of the canonical records:
 * - wide: one row per article, one column per field, several values joined by " | ";
 * - long: one row per value, with its exact JSON and its spans, so nothing is lost.
 * The writer adds the byte-order mark and CRLF line ends (Excel needs the BOM to read UTF-8).
 */
import type { FieldSchema } from '../schema';
import type { CanonicalRecord } from './canonical-record';
import { valueText } from './value-text';

export type CsvCell = string | number | null;

/** Written first so Excel opens the file as UTF-8 instead of the system code page. */
export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/** Separates several values of one field in a wide cell; the long layout has no such ambiguity. */
export const MANY_VALUES_SEPARATOR = ' | ';

/** A plain decimal number: a spreadsheet reads it as a number and never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Spreadsheet apps run a cell that starts with = + - @ (and, in some, after a leading tab or CR)
 * as a formula: a title such as `=HYPERLINK(...)` taken from an imported article would execute
 * on the curator's machine ("CSV injection"). Prefixing a single quote makes it plain text in
 * Excel, LibreOffice and Google Sheets; the quote is visible to other readers, which is the
 * accepted price. Plain numbers (e.g. -3.5) are left alone: they cannot be formulas.
 */
export function neutraliseCell(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** One cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
export function encodeCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row, with its CRLF line end. */
export function encodeCsvRow(cells: readonly CsvCell[]): string {
  return cells.map(encodeCsvCell).join(',') + CSV_LINE_END;
}

/** Fields a record carries: every field of the schema that is not retired, in schema order. */
export function exportedFieldKeys(schema: FieldSchema): string[] {
  return schema.fields.filter((f) => !f.retired).map((f) => f.key);
}

/** The article's own columns, first in every wide row. */
export const WIDE_ARTICLE_COLUMNS: readonly string[] = ['id', 'document', 'status', 'title'];

/**
 * Column names: the article columns, then each field's key. A field whose key is also an article
 * column (hospital-news has a `title` field, the headline as extracted, besides the article's
 * title) is named `field:<key>`, so every column name is unique; keys never contain ':'.
 */
export function wideHeader(schema: FieldSchema): string[] {
  return [
    ...WIDE_ARTICLE_COLUMNS,
    ...exportedFieldKeys(schema).map((key) =>
      WIDE_ARTICLE_COLUMNS.includes(key) ? `field:${key}` : key,
    ),
  ];
}

export function wideRow(record: CanonicalRecord, schema: FieldSchema): CsvCell[] {
  return [
    record.id,
    record.document.name,
    record.status,
    record.title,
    ...exportedFieldKeys(schema).map((key) =>
      (record.fields[key] ?? []).map((v) => valueText(v.value)).join(MANY_VALUES_SEPARATOR),
    ),
  ];
}

/** Header, then one row per article. Lazy, so it streams. */
export function* wideRows(
  records: Iterable<CanonicalRecord>,
  schema: FieldSchema,
): Generator<CsvCell[]> {
  yield wideHeader(schema);
  for (const record of records) yield wideRow(record, schema);
}

export const LONG_HEADER: readonly string[] = [
  'article_id',
  'document',
  'field',
  'value',
  'value_json',
  'raw',
  'state',
  'origin',
  'confidence',
  'spans',
  'span_start',
  'span_end',
];

/** One row per value of the record, fields in record (schema) order. */
export function longRowsOf(record: CanonicalRecord): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const [field, values] of Object.entries(record.fields)) {
    for (const v of values) {
      const first = v.spans[0];
      rows.push([
        record.id,
        record.document.name,
        field,
        valueText(v.value),
        JSON.stringify(v.value),
        v.raw,
        v.state,
        v.origin,
        v.confidence,
        JSON.stringify(v.spans),
        first ? first.start : null,
        first ? first.end : null,
      ]);
    }
  }
  return rows;
}

/** Header, then one row per value. Lazy, so it streams. */
export function* longRows(records: Iterable<CanonicalRecord>): Generator<CsvCell[]> {
  yield [...LONG_HEADER];
  for (const record of records) yield* longRowsOf(record);
}
