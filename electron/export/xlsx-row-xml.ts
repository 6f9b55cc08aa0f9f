/**
 * Sheet rows as SpreadsheetML, encoded as UTF-8: the part of the XLSX export that the row thread
 * (xlsx-row-thread.ts) takes off the thread that reads the records.
 *
 * `xlsxRowCodec` is self-contained on purpose: it refers to nothing outside its own body (no
 * import, no module constant), because the row thread runs its source text (`String(fn)`), the
 * way pattern-guard.ts runs its thread: no extra bundled file for the desktop app to ship, and
 * the same code on either thread.
 */
import type { CsvCell } from '../../shared/export/csv';

export interface XlsxRowCodec {
  /** Excel refuses longer cell texts (in UTF-16 units) and "repairs" the file by dropping them. */
  readonly maxCellLength: number;
  xmlCellText(text: string): string;
  textElement(text: string): string;
  fitCell(text: string): string;
  columnName(index: number): string;
  rowXml(row: number, cells: readonly CsvCell[], header: boolean): string;
  /** Rows numbered from `firstRow`, as one UTF-8 buffer of its own (transferable). */
  encodeRows(firstRow: number, rows: readonly (readonly CsvCell[])[], header: boolean): Uint8Array;
}

export function xlsxRowCodec(): XlsxRowCodec {
  const MAX_CELL_LENGTH = 32_767;
  const TRUNCATED_MARK = '…[truncated; full text in the JSONL or Parquet export]';
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  const NOT_IN_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
  const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
  /** Anything xmlCellText would change; most cells hold none, and one scan is all they cost. */
  // eslint-disable-next-line no-control-regex -- as above
  const NEEDS_ESCAPING = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F&<>]|_x[0-9A-Fa-f]{4}_/;
  const WHITESPACE = /[ \t\n\r]/;
  /** The most UTF-8 bytes one UTF-16 code unit can take. */
  const MAX_UTF8_PER_UNIT = 3;
  const columns: string[] = [];

  /**
   * Characters XML 1.0 cannot hold are dropped, as exceljs did; the rest is escaped, with fixed
   * strings and only when one scan finds something to escape. Element text needs no quote
   * escaped (the values sheet's JSON is full of them). Spreadsheet readers decode `_xHHHH_` as
   * the character HHHH, so such a literal text keeps its underscore escaped (`_x005F_`).
   */
  function xmlCellText(text: string): string {
    if (!NEEDS_ESCAPING.test(text)) return text;
    return text
      .replace(NOT_IN_XML, '')
      .replace(LITERAL_ESCAPE, '_x005F_$1')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;');
  }

  /** `xml:space="preserve"` only where there is whitespace a reader might trim or fold. */
  function textElement(text: string): string {
    return WHITESPACE.test(text) ? `<t xml:space="preserve">${text}</t>` : `<t>${text}</t>`;
  }

  function fitCell(text: string): string {
    if (text.length <= MAX_CELL_LENGTH) return text;
    let cut = MAX_CELL_LENGTH - TRUNCATED_MARK.length;
    // Do not split a surrogate pair (e.g. 𠀀): that would leave invalid UTF-16 in the XML.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    return text.slice(0, cut) + TRUNCATED_MARK;
  }

  /** Column letters: A … Z, AA … */
  function columnName(index: number): string {
    const known = columns[index];
    if (known !== undefined) return known;
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
      name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    columns[index] = name;
    return name;
  }

  /**
   * Style 1 is the bold header (xlsx.ts's styles.xml); data cells take the default, 0. A cell
   * names its place (`r="K7"`) only after an empty cell was left out: one without `r` follows
   * the previous cell of its row (ECMA-376 Part 1, 18.3.1.4).
   */
  function rowXml(row: number, cells: readonly CsvCell[], header: boolean): string {
    const style = header ? ' s="1"' : '';
    let xml = `<row r="${row}">`;
    for (let i = 0, next = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null || cell === '' || cell === undefined) continue;
      const open = i === next ? '<c' : `<c r="${columnName(i)}${row}"`;
      next = i + 1;
      xml +=
        typeof cell === 'number'
          ? `${open}${style}><v>${cell}</v></c>`
          : `${open}${style} t="inlineStr"><is>${textElement(xmlCellText(fitCell(cell)))}</is></c>`;
    }
    return `${xml}</row>`;
  }

  /**
   * Each row is encoded into the buffer as it is made (`Buffer#write`): concatenating them into
   * one string that Buffer.from then flattened and encoded took twice the CPU.
   */
  function encodeRows(
    firstRow: number,
    rows: readonly (readonly CsvCell[])[],
    header: boolean,
  ): Uint8Array {
    const xml: string[] = [];
    let most = 0;
    for (let i = 0; i < rows.length; i++) {
      const text = rowXml(firstRow + i, rows[i]!, header);
      xml.push(text);
      most += text.length * MAX_UTF8_PER_UNIT;
    }
    // Not from Node's shared pool: the buffer is handed over to the other thread whole.
    const bytes = Buffer.allocUnsafeSlow(most);
    let used = 0;
    for (const text of xml) used += bytes.write(text, used, 'utf8');
    return new Uint8Array(bytes.buffer, 0, used);
  }

  return {
    maxCellLength: MAX_CELL_LENGTH,
    xmlCellText,
    textElement,
    fitCell,
    columnName,
    rowXml,
    encodeRows,
  };
}
