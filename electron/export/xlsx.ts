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
import { xmlText } from './xml-text';
import { inlineRowEncoder, threadRowEncoder, type RowEncoder } from './xlsx-row-thread';
import { xlsxRowCodec } from './xlsx-row-xml';
import { DeflatedSpool, ZipStreamWriter } from './zip-stream-writer';

/** Excel refuses longer cell texts (in UTF-16 units) and "repairs" the file by dropping them. */
export const MAX_CELL_LENGTH = xlsxRowCodec().maxCellLength;

/** Excel's last row is 1,048,576: the header plus this many data rows per sheet. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;

/**
 * Rows handed to the row encoder at a time: a message to the row thread costs about as much as
 * a few rows, and a batch of 1,000 values' rows is some 0.9 MB of XML.
 */
const ROWS_PER_BATCH = 1000;
/**
 * Batches asked of the encoder and not yet written: enough to keep the row thread busy while
 * the records are read, few enough that memory stays flat when the disk or zlib is behind.
 */
const BATCHES_AHEAD = 8;

export interface XlsxResult {
  path: string;
  bytes: number;
  sha256: string;
  articles: number;
  values: number;
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
  // longRowsOf's rows follow the values in this same order: fields, then each field's values.
  let i = 0;
  for (const values of Object.values(record.fields)) {
    for (const { value } of values) {
      if (typeof value === 'number' && Number.isFinite(value)) rows[i]![VALUE_COLUMN] = value;
      i++;
    }
  }
  return rows;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

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
 * records). Rows are gathered into batches that the encoder (the row thread) turns into XML
 * while the next records are read; the batches' bytes are written in the order the rows came.
 */
class SheetSink {
  readonly sheets: Sheet[] = [];
  private batch: CsvCell[][] = [];
  private batchFirstRow = 2;
  private rows = 0;
  /** Everything asked of the targets, in order: each step starts when the one before ended. */
  private chain: Promise<void> = Promise.resolve();
  private readonly ahead: Promise<void>[] = [];

  constructor(
    private readonly name: string,
    private readonly header: readonly string[],
    private readonly rowsPerSheet: number,
    private readonly openTarget: (part: string, name: string) => Promise<SheetTarget>,
    private readonly encoder: RowEncoder,
  ) {}

  async add(cells: CsvCell[]): Promise<void> {
    if (this.sheets.length === 0 || this.rows >= this.rowsPerSheet) await this.openSheet();
    this.rows++;
    if (this.batch.length === 0) this.batchFirstRow = this.rows + 1;
    this.batch.push(cells);
    if (this.batch.length >= ROWS_PER_BATCH) await this.sendBatch();
  }

  /** Ends the last sheet; a sink that got no rows still writes its header. */
  async close(): Promise<void> {
    if (this.sheets.length === 0) await this.openSheet();
    await this.endSheet();
    await this.chain;
  }

  /** Stops every sheet and removes its spool file, if any (after a failure, or to tidy up). */
  async discard(): Promise<void> {
    await this.chain.catch(() => undefined);
    for (const sheet of this.sheets) await sheet.target.abandon();
  }

  private async openSheet(): Promise<void> {
    if (this.sheets.length > 0) await this.endSheet();
    const name = this.sheets.length === 0 ? this.name : `${this.name} (${this.sheets.length + 1})`;
    const part = `xl/worksheets/${this.name}${this.sheets.length + 1}.xml`;
    const sheet: Sheet = { name, part, target: abandoned };
    this.sheets.push(sheet);
    this.rows = 0;
    const header = this.encoder.encode(1, [[...this.header]], true);
    await this.queue(async () => {
      sheet.target = await this.openTarget(part, name);
      await sheet.target.write(
        Buffer.from(
          `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews>` +
            '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
            '</sheetView></sheetViews><sheetData>',
          'utf8',
        ),
      );
      const xml = await header;
      await sheet.target.write(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength));
    });
  }

  private async endSheet(): Promise<void> {
    await this.sendBatch();
    const sheet = this.sheets.at(-1)!;
    await this.queue(async () => {
      await sheet.target.write(Buffer.from('</sheetData></worksheet>', 'utf8'));
      await sheet.target.end();
    });
  }

  private async sendBatch(): Promise<void> {
    if (this.batch.length === 0) return;
    const bytes = this.encoder.encode(this.batchFirstRow, this.batch, false);
    // Answered or refused, it is awaited below in its turn; this only keeps an early refusal
    // from being reported as unhandled meanwhile.
    bytes.catch(() => undefined);
    this.batch = [];
    const sheet = this.sheets.at(-1)!;
    await this.queue(async () => {
      const xml = await bytes;
      await sheet.target.write(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength));
    });
  }

  /** Chains `step` after the steps queued before it; waits while too many are ahead. */
  private async queue(step: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(step);
    const done = this.chain;
    done.catch(() => undefined);
    this.ahead.push(done);
    while (this.ahead.length > BATCHES_AHEAD) await this.ahead.shift();
  }
}

/** A sheet's target before it is opened (never written: its opening is queued first). */
const abandoned: SheetTarget = {
  write: () => Promise.reject(new Error('A sheet was written before it was opened')),
  end: () => Promise.resolve(),
  abandon: () => Promise.resolve(),
};

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
  /**
   * Whether the rows' XML is made on a thread of its own (xlsx-row-thread.ts) while the records
   * are read: true unless told; false makes it on this thread (same bytes, one core).
   */
  rowThread?: boolean;
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
  const encoder: RowEncoder = (options.rowThread ?? true) ? threadRowEncoder() : inlineRowEncoder();
  const articleSheets = new SheetSink(
    'articles',
    wideHeader(schema),
    rowsPerSheet,
    (part, name) => {
      const target = spoolTarget(`${output.tempPath}.sheet${spools.length + 1}`, name);
      spools.push({ part, spool: target.spool });
      return Promise.resolve(target);
    },
    encoder,
  );
  // The values sheets, ten times the articles' XML, go straight into the zip rather than
  // through a spool file copied in at the end: one values sheet is open at a time, and the
  // articles sheets are the only other entries written meanwhile, into their spools.
  const valueSheets = new SheetSink(
    'values',
    LONG_HEADER,
    rowsPerSheet,
    (part) => zipTarget(zip, part),
    encoder,
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
    await encoder.close();
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
