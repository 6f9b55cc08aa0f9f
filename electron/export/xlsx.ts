/**
 * Excel export: one workbook with two sheets, for curators who open data in a spreadsheet.
 *
 * - "articles": one row per article, the wide CSV columns (id, document, status, title, one
 *   column per field with several values joined by " | ");
 * - "values": one row per value, the long CSV columns (exact value JSON, spans as JSON with
 *   code-point and UTF-16 offsets).
 * The header rows are bold and frozen. Both layouts come from shared/export/csv.ts, so the
 * workbook and the CSV files always agree.
 *
 * Text is written as inline rich text (`t="inlineStr"`), the cell type that can only hold text:
 * a title such as `=HYPERLINK(...)` shows as those characters and is never evaluated, and no
 * quote has to be prepended (unlike CSV, where the type of a cell is guessed on opening).
 *
 * Streaming: exceljs' WorkbookWriter writes each committed row through a zip stream into the
 * atomic output; the sheets are written one after the other (a second sheet opened early would
 * be buffered whole in memory until the first is finished), so the records are iterated twice:
 * pass a re-iterable source such as an ExportSelection, not a one-shot generator.
 *
 * Determinism: document properties and zip entry dates are set to FIXED_DATE instead of "now",
 * so the same records give byte-identical files.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fixZipEntryDates } from './zip-dates';
import ExcelJS from 'exceljs';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import {
  LONG_HEADER,
  WIDE_ARTICLE_COLUMNS,
  exportedFieldKeys,
  longRowsOf,
  wideHeader,
  wideRow,
  type CsvCell,
} from '../../shared/export/csv';
import type { FieldSchema } from '../../shared/schema';
import { openAtomicOutput, type AtomicOutput } from './atomic-output';

/** Stands for "no date": the zip format's epoch. Excel shows it as the file's creation date. */
export const FIXED_DATE = new Date('1980-01-01T00:00:00.000Z');

/** Excel refuses longer cell texts (in UTF-16 units) and "repairs" the file by dropping them. */
export const MAX_CELL_LENGTH = 32_767;
const TRUNCATED_MARK = '…[truncated; full text in the JSONL or Parquet export]';

/** Excel's last row is 1,048,576: the header plus this many data rows per sheet. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;

/** Let the zip and file streams drain this often (in rows), so memory stays flat. */
const ROWS_BETWEEN_DRAINS = 200;

export interface XlsxResult {
  path: string;
  bytes: number;
  sha256: string;
  articles: number;
  values: number;
}

type XlsxCellValue = string | number | null | { richText: { text: string }[] };

/** A cell for exceljs: text as inline rich text (never a formula), numbers as numbers. */
export function xlsxCell(cell: CsvCell): XlsxCellValue {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'number') return cell;
  return { richText: [{ text: fitCell(cell) }] };
}

function fitCell(text: string): string {
  if (text.length <= MAX_CELL_LENGTH) return text;
  let cut = MAX_CELL_LENGTH - TRUNCATED_MARK.length;
  // Do not split a surrogate pair (e.g. 𠀀): that would leave invalid UTF-16 in the XML.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut) + TRUNCATED_MARK;
}

/**
 * The wide row, with a field holding exactly one numeric value as a number cell (so it sums and
 * sorts as a number; CSV leaves that guess to the spreadsheet, XLSX has to say it).
 */
export function articleCells(record: CanonicalRecord, schema: FieldSchema): CsvCell[] {
  const cells = wideRow(record, schema);
  exportedFieldKeys(schema).forEach((key, i) => {
    const values = record.fields[key] ?? [];
    const only = values.length === 1 ? values[0]!.value : undefined;
    if (typeof only === 'number' && Number.isFinite(only)) {
      cells[WIDE_ARTICLE_COLUMNS.length + i] = only;
    }
  });
  return cells;
}

const VALUE_COLUMN = LONG_HEADER.indexOf('value');

/** The long rows, with a numeric value as a number cell in the `value` column. */
export function valueCells(record: CanonicalRecord): CsvCell[][] {
  const rows = longRowsOf(record);
  const values = Object.values(record.fields).flat();
  rows.forEach((row, i) => {
    const value = values[i]?.value;
    if (typeof value === 'number' && Number.isFinite(value)) row[VALUE_COLUMN] = value;
  });
  return rows;
}

/**
 * Rows into sheets named `name`, `name (2)`, … : a new sheet starts when one is full, so a large
 * export is split rather than cut off by Excel's row limit.
 */
class SheetSink {
  private sheet: ExcelJS.Worksheet | null = null;
  private sheetRows = 0;
  private sheetCount = 0;
  private sinceDrain = 0;

  constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly name: string,
    private readonly header: readonly string[],
    private readonly output: AtomicOutput,
    private readonly rowsPerSheet: number,
  ) {}

  async add(cells: readonly CsvCell[]): Promise<void> {
    if (!this.sheet || this.sheetRows >= this.rowsPerSheet) this.openSheet();
    this.sheet!.addRow(cells.map(xlsxCell)).commit();
    this.sheetRows++;
    if (++this.sinceDrain >= ROWS_BETWEEN_DRAINS) {
      this.sinceDrain = 0;
      await drain(this.sheet!, this.output.stream);
    }
  }

  /** Commits the last sheet; a sink that got no rows still writes its header. */
  close(): void {
    if (!this.sheet) this.openSheet();
    this.sheet!.commit();
  }

  private openSheet(): void {
    this.sheet?.commit();
    this.sheetCount++;
    const name = this.sheetCount === 1 ? this.name : `${this.name} (${this.sheetCount})`;
    this.sheet = this.workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    const header = this.sheet.addRow(this.header.map(xlsxCell));
    header.font = { bold: true };
    header.commit();
    this.sheetRows = 0;
  }
}

/** Bytes queued in front of the zip compressor before rows wait for it. */
const MAX_ZIP_BACKLOG = 4 * 1024 * 1024;

interface BufferedStream {
  _writableState?: { length: number };
  _readableState?: { length: number };
}

/**
 * Bytes of a sheet waiting to be compressed. exceljs pipes each sheet into a PassThrough that
 * archiver reads when it gets to it, ignoring that stream's backpressure; so the producer has
 * to look at that buffer itself, or a fast iterator fills memory with XML (600 MB at 100,000
 * articles before this check).
 */
function zipBacklog(sheet: ExcelJS.Worksheet): number {
  const source = (sheet as unknown as { stream?: { pipes?: BufferedStream[] } }).stream;
  let bytes = 0;
  for (const pipe of source?.pipes ?? []) {
    bytes += (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0);
  }
  return bytes;
}

/** Waits until the compressor has caught up and the file stream's buffer has room. */
async function drain(sheet: ExcelJS.Worksheet, file: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (zipBacklog(sheet) > MAX_ZIP_BACKLOG) {
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
  }
  if (file.writableNeedDrain) await once(file, 'drain');
}

interface ZipWithAppend {
  append(source: unknown, data: Record<string, unknown>): unknown;
  abort(): unknown;
  unpipe(destination?: Writable): unknown;
}

/** exceljs gives the zip entries no date (archiver then uses "now"): give them FIXED_DATE. */
function zipOf(workbook: ExcelJS.stream.xlsx.WorkbookWriter): ZipWithAppend {
  return (workbook as unknown as { zip: ZipWithAppend }).zip;
}

export interface XlsxOptions {
  /** Rows per sheet before a continuation sheet; lowered only by tests. */
  rowsPerSheet?: number;
  /** Called after each article row, with the article's number of values (progress, cancel). */
  onRecord?: (record: CanonicalRecord, values: number) => Promise<void> | void;
}

/** Writes the workbook into an open atomic output (the caller commits or aborts it). */
export async function writeXlsxTo(
  records: Iterable<CanonicalRecord>,
  schema: FieldSchema,
  output: AtomicOutput,
  options: XlsxOptions = {},
): Promise<{ articles: number; values: number }> {
  if ((records[Symbol.iterator]() as unknown) === records) {
    throw new TypeError('writeXlsx reads the records twice: pass a re-iterable source');
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const zip = zipOf(workbook);
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(source, { ...data, date: FIXED_DATE });
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.creator = 'Gleaner';
  workbook.lastModifiedBy = 'Gleaner';

  const rowsPerSheet = options.rowsPerSheet ?? MAX_DATA_ROWS_PER_SHEET;
  try {
    let articles = 0;
    let values = 0;
    const articleSheet = new SheetSink(
      workbook,
      'articles',
      wideHeader(schema),
      output,
      rowsPerSheet,
    );
    for (const record of records) {
      await articleSheet.add(articleCells(record, schema));
      articles++;
      let count = 0;
      for (const list of Object.values(record.fields)) count += list.length;
      await options.onRecord?.(record, count);
    }
    articleSheet.close();

    const valueSheet = new SheetSink(workbook, 'values', LONG_HEADER, output, rowsPerSheet);
    for (const record of records) {
      for (const row of valueCells(record)) {
        await valueSheet.add(row);
        values++;
      }
    }
    valueSheet.close();
    await workbook.commit();
    if (!output.stream.closed)
      await new Promise<void>((resolve) => output.stream.once('close', () => resolve()));
    fixZipEntryDates(output.tempPath, FIXED_DATE);
    return { articles, values };
  } catch (error) {
    // Stop the zip from writing into a stream that the caller is about to remove.
    zip.unpipe(output.stream);
    zip.abort();
    throw error;
  }
}

/**
 * Writes `records` as an .xlsx workbook to `outPath`, replaced only on success; on any error
 * (including one thrown by the records while iterating) no file is left behind.
 */
export async function writeXlsx(
  records: Iterable<CanonicalRecord>,
  schema: FieldSchema,
  outPath: string,
  options: XlsxOptions = {},
): Promise<XlsxResult> {
  const output = openAtomicOutput(outPath);
  try {
    const counts = await writeXlsxTo(records, schema, output, options);
    const committed = await output.commit();
    return { ...committed, ...counts };
  } catch (error) {
    await output.abort();
    throw error;
  }
}
