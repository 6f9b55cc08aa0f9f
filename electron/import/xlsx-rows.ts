import { DOMParser } from 'linkedom';
import { ZipArchive, ZipError } from './zip-entries';

/**
 * The rows of an Excel workbook's first sheet as text cells, read with Node's inflate
 * (zip-entries.ts) and linkedom's XML parser, both already here: the maintained npm readers
 * either pull a large tree in or (SheetJS 0.18 on npm) carry known advisories. Only cell values
 * are read — shared strings, inline strings, numbers and booleans as written; a formula is
 * refused (its cached result may be stale, and a word list is typed, not computed).
 */

/** What is wrong with a workbook, for a message in the user's language. */
export type XlsxProblemKind =
  | 'not-workbook'
  | 'no-sheet'
  | 'empty'
  | 'formula'
  | 'error-cell'
  | 'too-big'
  | 'too-many-rows'
  | 'damaged';

/** A workbook that cannot be read; the message names the file and, where known, sheet and cell. */
export class XlsxError extends Error {
  constructor(
    message: string,
    readonly kind: XlsxProblemKind = 'damaged',
    /** Where: the sheet, the cell, the row, the error or limit the message names. */
    readonly where: { sheet?: string; cell?: string; row?: number; limit?: number } = {},
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

export interface XlsxLimits {
  /** The largest unpacked size of one part of the workbook (a sheet, the shared strings). */
  maxPartBytes: number;
  /** The most rows the sheet may have. */
  maxRows: number;
  /**
   * The largest unpacked size of the whole archive, as its directory declares it, checked before
   * anything is unpacked: its XML is parsed into a DOM of about 20 times its size (200,000 rows,
   * 28 MB of XML, took 545 MB and 9 s of CPU: docs/benchmarks.md), so parts each under
   * maxPartBytes, or thousands of sheets, must not add up to gigabytes. The budget admits the
   * most rows (maxRows) of ordinary words.
   */
  maxTotalBytes?: number;
  /** The most entries the archive may list (a word list's workbook has about ten). */
  maxEntries?: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxPartBytes: 64 * 1_048_576,
  maxRows: 200_000,
  maxTotalBytes: 32 * 1_048_576,
  maxEntries: 10_000,
};

export interface XlsxSheetRows {
  sheet: string;
  /** Rows with at least one cell, each with its number in the sheet (1-based, as Excel shows). */
  rows: { row: number; cells: string[] }[];
}

export function readXlsxRows(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): XlsxSheetRows {
  try {
    const zip = new ZipArchive(bytes, fileName, limits.maxPartBytes);
    probeArchive(zip, fileName, limits);
    return new WorkbookReader(zip, fileName).rows(limits.maxRows);
  } catch (error) {
    if (error instanceof ZipError) {
      const kind = error.kind === 'not-zip' ? 'not-workbook' : error.kind;
      throw new XlsxError(error.message, kind);
    }
    throw error;
  }
}

/**
 * Refuses, from the directory alone and before anything is unpacked, an archive whose entries are
 * too many or declare more unpacked bytes than a word list's workbook may have (a ZIP bomb, a
 * huge sharedStrings, thousands of sheets). ZipArchive.read holds each entry to its declared size.
 */
function probeArchive(zip: ZipArchive, fileName: string, limits: XlsxLimits): void {
  const { maxEntries = Infinity, maxTotalBytes = Infinity } = limits;
  if (zip.entryCount > maxEntries) {
    throw new XlsxError(
      `${fileName} holds ${zip.entryCount} parts (sheets and others), more than the ${maxEntries} a word list's workbook may have.`,
      'too-big',
      { limit: maxEntries },
    );
  }
  const total = zip.declaredTotalSize;
  if (total > maxTotalBytes) {
    throw new XlsxError(
      `${fileName} would unpack to ${(total / 1_048_576).toFixed(1)} MB, more than the ${(maxTotalBytes / 1_048_576).toFixed(1)} MB a word list's workbook may have; nothing was unpacked.`,
      'too-big',
      { limit: maxTotalBytes },
    );
  }
}

type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'];

class WorkbookReader {
  constructor(
    private readonly zip: ZipArchive,
    private readonly fileName: string,
  ) {}

  rows(maxRows: number): XlsxSheetRows {
    const workbook = this.xml(
      'xl/workbook.xml',
      'is not an Excel workbook (.xlsx): it has no xl/workbook.xml',
      'not-workbook',
    );
    const sheet = elements(workbook, 'sheet')[0];
    if (!sheet) throw new XlsxError(`${this.fileName}: the workbook has no sheet.`, 'no-sheet');
    const name = sheet.getAttribute('name') ?? 'Sheet1';
    const path = this.sheetPath(sheet, name);
    const strings = this.sharedStrings();
    const where = `${this.fileName}, sheet "${name}"`;
    const document = this.xml(path, `sheet "${name}" is missing (${path})`);
    const rows: XlsxSheetRows['rows'] = [];
    let previous = 0;
    for (const rowElement of elements(document, 'row')) {
      const number = Number(rowElement.getAttribute('r') ?? previous + 1);
      previous = number;
      if (number > maxRows) {
        throw new XlsxError(
          `${where}: row ${number} is past the ${maxRows.toLocaleString('en')} rows a word list may have.`,
          'too-many-rows',
          { sheet: name, row: number, limit: maxRows },
        );
      }
      const cells: string[] = [];
      let column = 0;
      for (const cell of childElements(rowElement, 'c')) {
        const ref = cell.getAttribute('r');
        column = ref ? columnIndex(ref) : column;
        const at = ref ?? `${columnName(column)}${number}`;
        // The cells become an array up to the last column: one cell at ZZZZZZ1 (a 1 KB file)
        // made an array of 308 million, 2.2 GB and 50 s before "Invalid array length".
        if (column < 0 || column >= MAX_COLUMNS) {
          throw new XlsxError(
            `${where}: cell "${at}" is not a cell of a sheet (columns run from A to XFD).`,
            'damaged',
            { sheet: name, cell: at },
          );
        }
        cells[column] = this.cellText(cell, strings, { sheet: name, cell: at });
        column++;
      }
      const filled = Array.from(cells, (c) => c ?? '');
      if (filled.some((c) => c.trim() !== '')) rows.push({ row: number, cells: filled });
    }
    if (rows.length === 0) throw new XlsxError(`${where} is empty.`, 'empty', { sheet: name });
    return { sheet: name, rows };
  }

  private cellText(
    cell: XmlElement,
    strings: readonly string[],
    at: { sheet: string; cell: string },
  ): string {
    const where = `${this.fileName}, sheet "${at.sheet}", cell ${at.cell}`;
    if (childElements(cell, 'f').length > 0) {
      throw new XlsxError(
        `${where} holds a formula; a word list takes typed values (paste the values instead).`,
        'formula',
        at,
      );
    }
    const type = cell.getAttribute('t') ?? 'n';
    const v = childElements(cell, 'v')[0]?.textContent ?? '';
    switch (type) {
      case 's': {
        const text = strings[Number(v)];
        if (text === undefined)
          throw new XlsxError(`${where} names a shared string that is missing.`);
        return text;
      }
      case 'inlineStr':
        return textOfItem(childElements(cell, 'is')[0]);
      case 'b':
        return v === '1' ? 'TRUE' : 'FALSE';
      case 'e':
        throw new XlsxError(`${where} holds the error ${v}.`, 'error-cell', at);
      default:
        return v;
    }
  }

  private sheetPath(sheet: XmlElement, name: string): string {
    // `r:id` as Excel writes it; any prefix bound to the relationships namespace in others.
    const id = attributeByLocalName(sheet, 'id');
    const rels = this.xml('xl/_rels/workbook.xml.rels', 'has no xl/_rels/workbook.xml.rels');
    const target = elements(rels, 'Relationship')
      .find((r) => r.getAttribute('Id') === id)
      ?.getAttribute('Target');
    if (!target)
      throw new XlsxError(`${this.fileName}: sheet "${name}" has no part in the workbook.`);
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }

  private sharedStrings(): string[] {
    if (!this.zip.has('xl/sharedStrings.xml')) return [];
    const document = this.xml('xl/sharedStrings.xml', 'has no shared strings');
    return childElements(document, 'si').map(textOfItem);
  }

  private xml(path: string, missing: string, kind: XlsxProblemKind = 'damaged'): XmlElement {
    const bytes = this.zip.read(path);
    if (!bytes) throw new XlsxError(`${this.fileName} ${missing}.`, kind);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const root = new DOMParser().parseFromString(text, 'text/xml').documentElement;
    if (!root) throw new XlsxError(`${this.fileName}: ${path} is not XML.`);
    return root;
  }
}

/** A string item's text: its `t`, or its runs' `t`s joined (without phonetic `rPh` guides). */
function textOfItem(item: XmlElement | undefined): string {
  if (!item) return '';
  const plain = childElements(item, 't')[0];
  if (plain) return plain.textContent ?? '';
  return childElements(item, 'r')
    .map((run) => childElements(run, 't')[0]?.textContent ?? '')
    .join('');
}

function localNameOf(element: XmlElement): string {
  const tag = element.tagName;
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
}

/** Descendants by local name (a workbook may prefix its elements, `x:row`). */
function elements(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of Array.from(node.children)) {
      if (localNameOf(child) === name) found.push(child);
      else walk(child);
    }
  };
  walk(root);
  return found;
}

function childElements(parent: XmlElement, name: string): XmlElement[] {
  return Array.from(parent.children).filter((c) => localNameOf(c) === name);
}

function attributeByLocalName(element: XmlElement, name: string): string | null {
  const found = element
    .getAttributeNames()
    .find((attribute) => attribute === name || attribute.endsWith(`:${name}`));
  return found === undefined ? null : element.getAttribute(found);
}

/** `C7` → 2. */
/** Excel's sheets end at column XFD, the 16,384th. */
const MAX_COLUMNS = 16_384;

function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    if (index > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return index - 1;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
