import { codePointLength } from '../../shared/text/codepoints';
import { parseCsvRecords } from './csv';
import { filePrefix, RowsError } from './rows-error';

export { RowsError } from './rows-error';

export interface RowTable {
  columns: string[];
  rows: Record<string, string>[];
  /** Each row's 1-based number among the data rows, when some were rejected (else index + 1). */
  rowNumbers?: number[];
  /** Rows left out (with rowNumbers, only when there are some), each with a message naming the file, its line and what is wrong. */
  rejected?: RejectedRow[];
  /** Each row's first line in the file, so a row left out later (no text) is reported by line. */
  rowLines?: number[];
}

/** A row that could not be read as the header says (a ragged CSV row). */
export interface RejectedRow {
  row: number;
  line: number;
  message: string;
}

/**
 * Reads a decoded .csv (first record = column names) or .jsonl (one JSON object per line)
 * file where each row is one article. Throws RowsError naming the file and line on bad input.
 */
export function readRows(decodedText: string, kind: 'csv' | 'jsonl', fileName?: string): RowTable {
  return kind === 'csv' ? readCsvRows(decodedText, fileName) : readJsonlRows(decodedText, fileName);
}

/**
 * A CSV's rows under its header. A row with more or fewer cells than the header (a ragged row,
 * from a hand edit or an unquoted comma) is left out and reported with its line, rather than
 * refusing the whole file; cells past the header that are all empty (what spreadsheets write
 * for formatted columns) lose nothing and are dropped.
 */
function readCsvRows(text: string, fileName?: string): RowTable {
  const [header, ...records] = parseCsvRecords(text, fileName);
  if (!header) return { columns: [], rows: [] };
  const columns = uniqueColumnNames(header.cells);
  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  const rowLines: number[] = [];
  const rejected: RejectedRow[] = [];
  records.forEach(({ cells, line }, index) => {
    const row = index + 1;
    const extra = cells.slice(columns.length);
    if (cells.length < columns.length || extra.some((cell) => cell !== '')) {
      rejected.push({
        row,
        line,
        message: `${filePrefix(fileName)}line ${line} (row ${row}) has ${cells.length} ${cells.length === 1 ? 'field' : 'fields'} but the header has ${columns.length} columns; that row was not imported`,
      });
      return;
    }
    rows.push(columnRecord(columns.map((column, k) => [column, cells[k]!])));
    rowNumbers.push(row);
    rowLines.push(line);
  });
  return withRejected({ columns, rows, rowLines }, rowNumbers, rejected, fileName);
}

/**
 * The table with its rejected rows, if any. A file with no good row at all is refused whole, with
 * its first bad row: it is most likely not a table of this kind, and one message says so better
 * than a report line per row.
 */
function withRejected(
  table: RowTable,
  rowNumbers: number[],
  rejected: RejectedRow[],
  fileName: string | undefined,
): RowTable {
  if (rejected.length === 0) return table;
  if (table.rows.length === 0) throw noGoodRow(rejected, fileName);
  return { ...table, rowNumbers, rejected };
}

/**
 * A row's cells (or metadata) by column name, without a prototype: a column is whatever its file
 * names it, so `__proto__` must be a column like any other (assigned on a plain object it was
 * dropped), and a row lacking a column named `toString` must read as lacking it (a plain object
 * answered Object.prototype's function, and "text.trim is not a function" skipped the whole file).
 */
function columnRecord(entries: readonly (readonly [string, string])[]): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  for (const [column, cell] of entries) record[column] = cell;
  return record;
}

/** Blank header cells get "column N"; repeated names get " (2)", so no value is overwritten. */
function uniqueColumnNames(header: string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, index) => {
    const base = raw.trim() || `column ${index + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    return name;
  });
}

/**
 * A JSONL file's objects. A line that is not a JSON object (cut off, hand-edited) is left out and
 * reported with its line, as a ragged CSV row is, rather than refusing the whole file.
 */
function readJsonlRows(text: string, fileName?: string): RowTable {
  const columns: string[] = [];
  const known = new Set<string>();
  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  const rowLines: number[] = [];
  const rejected: RejectedRow[] = [];
  const lines = text.split('\n');
  lines.forEach((rawLine, index) => {
    // A BOM opens every line of files joined with `cat` (each written by a tool that starts its
    // files with one); JSON.parse refuses it, and every line after the first was lost.
    const line = rawLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
    if (line.trim() === '') return;
    const row = rows.length + rejected.length + 1;
    const where = `${filePrefix(fileName)}line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const message = `${where} is not valid JSON (${(error as Error).message}); that row was not imported`;
      rejected.push({ row, line: index + 1, message });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const message = `${where} is not a JSON object; that row was not imported`;
      rejected.push({ row, line: index + 1, message });
      return;
    }
    const cells = columnRecord([]);
    for (const [key, field] of Object.entries(value)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
      cells[key] = fieldText(field);
    }
    rows.push(cells);
    rowNumbers.push(row);
    rowLines.push(index + 1);
  });
  return withRejected({ columns, rows, rowLines }, rowNumbers, rejected, fileName);
}

/** Strings as they are; other JSON values as JSON, so nothing is lost; null as empty. */
function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const PREFERRED_TEXT_COLUMNS = [
  'text',
  'content',
  'body',
  'article',
  'fulltext',
  'full_text',
  '正文',
  '内容',
  '全文',
  '文本',
  '文章',
];

/**
 * The column most likely to hold the article text: the one with the longest average value,
 * except that a column with a telling name (text, content, 正文, ...) wins if its values are at
 * least half as long, because a long "summary" or "html" column should not beat "正文".
 */
export function guessTextColumn(columns: string[], rows: Record<string, string>[]): string | null {
  if (columns.length === 0) return null;
  const averages = columns.map((column) => {
    const total = rows.reduce((sum, row) => sum + codePointLength(row[column] ?? ''), 0);
    return { column, average: rows.length ? total / rows.length : 0 };
  });
  const longest = averages.reduce((best, next) => (next.average > best.average ? next : best));
  const preferred = PREFERRED_TEXT_COLUMNS.map((name) =>
    averages.find(({ column }) => column.trim().toLowerCase() === name),
  ).find((candidate) => candidate !== undefined);
  if (preferred && preferred.average > 0 && preferred.average * 2 >= longest.average) {
    return preferred.column;
  }
  return longest.average > 0 ? longest.column : null;
}

export interface RowMapping {
  textColumn: string;
  titleColumn?: string;
  metadataColumns: string[];
}

export interface RowArticle {
  /** 1-based position among the data rows (the header is not counted). */
  row: number;
  text: string;
  title: string | null;
  metadata: Record<string, string>;
}

export interface TableArticles {
  articles: RowArticle[];
  /** Every row left out, ragged or without text, in file order. */
  rejected: RejectedRow[];
}

/**
 * Turns a table's rows into articles. A row with no text in the text column is left out and
 * reported with its line, as a ragged row is, so one blank cell does not cost the whole file; a
 * file with no row to import at all is refused whole, naming the file and its first bad row.
 */
export function rowsToArticles(
  table: Pick<RowTable, 'rows' | 'rowNumbers' | 'rowLines' | 'rejected'>,
  mapping: RowMapping,
  fileName?: string,
): TableArticles {
  const articles: RowArticle[] = [];
  const rejected: RejectedRow[] = [...(table.rejected ?? [])];
  table.rows.forEach((row, index) => {
    const rowNumber = table.rowNumbers?.[index] ?? index + 1;
    const line = table.rowLines?.[index];
    const text = row[mapping.textColumn];
    if (text === undefined || text.trim() === '') {
      const where = line === undefined ? `row ${rowNumber}` : `line ${line} (row ${rowNumber})`;
      const what = text === undefined ? 'has no' : 'has an empty';
      const message = `${filePrefix(fileName)}${where} ${what} "${mapping.textColumn}" column (the text column); that row was not imported`;
      rejected.push({ row: rowNumber, line: line ?? rowNumber, message });
      return;
    }
    const title = mapping.titleColumn ? (row[mapping.titleColumn] ?? '').trim() : '';
    const metadata = columnRecord([]);
    for (const column of mapping.metadataColumns) {
      if (row[column] !== undefined) metadata[column] = row[column];
    }
    articles.push({ row: rowNumber, text, title: title || null, metadata });
  });
  rejected.sort((a, b) => a.row - b.row);
  if (articles.length === 0 && rejected.length > 0) throw noGoodRow(rejected, fileName);
  return { articles, rejected };
}

function noGoodRow(rejected: RejectedRow[], fileName: string | undefined): RowsError {
  const [first] = rejected;
  const more = rejected.length - 1;
  const others = more > 0 ? ` (and ${more} other ${more === 1 ? 'row' : 'rows'})` : '';
  return new RowsError(`${first!.message.replace(/; that row was not imported$/u, '')}${others}`, {
    fileName,
    line: first!.line,
    row: first!.row,
  });
}
