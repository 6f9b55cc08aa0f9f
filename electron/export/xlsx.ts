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
 * Streaming: the sheets' XML is written row by row, both sheets in one pass over the records.
 * The values sheets (the bulk of the workbook) are deflated straight into the zip; the articles
 * sheets into a spool file each beside the atomic output, copied in at the end
 * (zip-stream-writer.ts). exceljs' WorkbookWriter built a cell object, a style lookup and an XML
 * node per cell, and took about 3 minutes for 100,000 articles; the package here holds only
 * what the two sheets need (a bold, frozen header row, text and number cells).
 *
 * Determinism: no document properties, and every zip entry dated 1980-01-01 (the format's
 * epoch), so the same records give byte-identical files.
 */
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
import { textElement, xmlCellText, xmlText } from './xml-text';
import { DeflatedSpool, ZipStreamWriter } from './zip-stream-writer';

/** Excel refuses longer cell texts (in UTF-16 units) and "repairs" the file by dropping them. */
export const MAX_CELL_LENGTH = 32_767;
const TRUNCATED_MARK = '…[truncated; full text in the JSONL or Parquet export]';

/** Excel's last row is 1,048,576: the header plus this many data rows per sheet. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;

/**
 * Sheet XML gathered, as UTF-8, before it is handed to the compressor (and memory waits for the
 * disk). Each row is encoded into the chunk as it is made: 0.5 s of CPU for 272,000 rows, where
 * concatenating them into a string that Buffer.from then flattened and encoded took 1.2 s.
 */
const CHUNK_BYTES = 256 * 1024;
/** The most UTF-8 bytes one UTF-16 code unit can take. */
const MAX_UTF8_PER_UNIT = 3;

export interface XlsxResult {
  path: string;
  bytes: number;
  sha256: string;
  articles: number;
  values: number;
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

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Column letters: A … Z, AA … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Style 1 is the bold header (styles.xml below); data cells take the default, 0.
 *
 * A cell names its place (`r="K7"`) only after an empty cell was left out: one without `r` follows
 * the previous cell of its row (ECMA-376 Part 1, 18.3.1.4). Naming every cell took a string per
 * cell, and its numbers made a third of the deflated sheet.
 */
function rowXml(
  row: number,
  cells: readonly CsvCell[],
  columns: readonly string[],
  header: boolean,
): string {
  const style = header ? ' s="1"' : '';
  let xml = `<row r="${row}">`;
  for (let i = 0, next = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === '' || cell === undefined) continue;
    const open = i === next ? '<c' : `<c r="${columns[i] ?? columnName(i)}${row}"`;
    next = i + 1;
    xml +=
      typeof cell === 'number'
        ? `${open}${style}><v>${cell}</v></c>`
        : `${open}${style} t="inlineStr"><is>${textElement(xmlCellText(fitCell(cell)))}</is></c>`;
  }
  return `${xml}</row>`;
}

/** Where one sheet's XML goes: a spool file, or straight into the zip. */
interface SheetTarget {
  write(xml: Buffer): Promise<void>;
  end(): Promise<void>;
  /** After a failure: stop, and remove what is on disk. */
  abandon(): Promise<void>;
}

interface Sheet {
  name: string;
  /** The sheet's part in the package, e.g. xl/worksheets/values1.xml. */
  part: string;
  target: SheetTarget;
}

/**
 * Rows into sheets named `name`, `name (2)`, … : a new sheet starts when one is full, so a large
 * export is split rather than cut off by Excel's row limit. Each sheet's XML goes to the target
 * `openTarget` gives it as its rows come (both kinds of sheet fill in the same pass over the
 * records).
 */
class SheetSink {
  readonly sheets: Sheet[] = [];
  private readonly columns: string[];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private rows = 0;

  constructor(
    private readonly name: string,
    private readonly header: readonly string[],
    private readonly rowsPerSheet: number,
    private readonly openTarget: (part: string, name: string) => Promise<SheetTarget>,
  ) {
    this.columns = header.map((_, i) => columnName(i));
  }

  async add(cells: readonly CsvCell[]): Promise<void> {
    if (this.sheets.length === 0 || this.rows >= this.rowsPerSheet) await this.openSheet();
    this.rows++;
    await this.append(rowXml(this.rows + 1, cells, this.columns, false));
  }

  /** Ends the last sheet; a sink that got no rows still writes its header. */
  async close(): Promise<void> {
    if (this.sheets.length === 0) await this.openSheet();
    await this.endSheet();
  }

  /** Stops every sheet and removes its spool file, if any (after a failure, or to tidy up). */
  async discard(): Promise<void> {
    for (const sheet of this.sheets) await sheet.target.abandon();
  }

  private async openSheet(): Promise<void> {
    if (this.sheets.length > 0) await this.endSheet();
    const name = this.sheets.length === 0 ? this.name : `${this.name} (${this.sheets.length + 1})`;
    const part = `xl/worksheets/${this.name}${this.sheets.length + 1}.xml`;
    this.sheets.push({ name, part, target: await this.openTarget(part, name) });
    this.rows = 0;
    await this.append(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews>` +
        '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '</sheetView></sheetViews><sheetData>' +
        rowXml(1, this.header, this.columns, true),
    );
  }

  private async endSheet(): Promise<void> {
    await this.append('</sheetData></worksheet>');
    await this.flush();
    await this.sheets.at(-1)!.target.end();
  }

  /** Encodes `xml` into the chunk, handing the chunk on first when it might not fit. */
  private async append(xml: string): Promise<void> {
    const most = xml.length * MAX_UTF8_PER_UNIT;
    if (this.used + most > this.chunk.length) {
      await this.flush();
      // A row of long texts (up to 32,767 units a cell) may not fit any chunk: on its own.
      if (most > this.chunk.length) {
        await this.sheets.at(-1)!.target.write(Buffer.from(xml, 'utf8'));
        return;
      }
    }
    this.used += this.chunk.write(xml, this.used, 'utf8');
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    // A fresh chunk: the compressor may still hold this one.
    const bytes = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    await this.sheets.at(-1)!.target.write(bytes);
  }
}

/** A sheet deflated into a spool file beside the output, copied into the zip at the end. */
function spoolTarget(path: string, name: string): SheetTarget & { spool: DeflatedSpool } {
  const spool = new DeflatedSpool(path, name);
  return {
    spool,
    write: (xml) => spool.write(xml),
    end: async () => {
      await spool.end();
    },
    abandon: () => spool.discard(),
  };
}

/** A sheet deflated straight into the zip, as its entry. */
async function zipTarget(zip: ZipStreamWriter, part: string): Promise<SheetTarget> {
  const entry = await zip.begin(part);
  return {
    write: (xml) => entry.write(xml),
    end: () => entry.end(),
    abandon: async () => entry.abandon(),
  };
}

/** The package parts around the sheets: content types, relationships, workbook, styles. */
async function writePackageParts(
  zip: ZipStreamWriter,
  sheets: readonly { name: string; part: string }[],
): Promise<void> {
  const part = (name: string, xml: string) => zip.entry(name, (write) => write(XML_HEAD + xml));
  await part(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      sheets
        .map(
          ({ name }, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
  );
  await part(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          ({ part }, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${part.slice('xl/'.length)}"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      '</Relationships>',
  );
  await part(
    'xl/styles.xml',
    `<styleSheet xmlns="${MAIN_NS}"><fonts count="2">` +
      '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  await part(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
  );
  await part(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheets
        .map(
          ({ part }) =>
            `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '</Types>',
  );
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
  const rowsPerSheet = options.rowsPerSheet ?? MAX_DATA_ROWS_PER_SHEET;
  // Through the output's write, which hashes the bytes as they pass (its raw stream would be
  // read back to hash it).
  const zip = new ZipStreamWriter((bytes) => output.write(bytes));
  const spools: { part: string; spool: DeflatedSpool }[] = [];
  const articleSheets = new SheetSink(
    'articles',
    wideHeader(schema),
    rowsPerSheet,
    (part, name) => {
      const target = spoolTarget(`${output.tempPath}.sheet${spools.length + 1}`, name);
      spools.push({ part, spool: target.spool });
      return Promise.resolve(target);
    },
  );
  // The values sheets, ten times the articles' XML, go straight into the zip rather than
  // through a spool file copied in at the end: one values sheet is open at a time, and the
  // articles sheets are the only other entries written meanwhile, into their spools.
  const valueSheets = new SheetSink('values', LONG_HEADER, rowsPerSheet, (part) =>
    zipTarget(zip, part),
  );
  try {
    let articles = 0;
    let values = 0;
    for (const record of records) {
      await articleSheets.add(articleCells(record, schema));
      articles++;
      const rows = valueCells(record);
      for (const row of rows) await valueSheets.add(row);
      values += rows.length;
      await options.onRecord?.(record, rows.length);
    }
    await valueSheets.close();
    await articleSheets.close();
    for (const { part, spool } of spools) await zip.spooledEntry(part, spool);
    await writePackageParts(zip, [...articleSheets.sheets, ...valueSheets.sheets]);
    await zip.finish();
    return { articles, values };
  } finally {
    await articleSheets.discard();
    await valueSheets.discard();
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
