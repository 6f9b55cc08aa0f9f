import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// SheetJS writes the workbooks here as an outside program would (it is a dev dependency only).
import * as XLSX from 'xlsx';
import { readXlsxRows, XlsxError } from './xlsx-rows';

function workbook(sheets: Record<string, unknown[][]>, compression = true): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression }) as Uint8Array;
}

/** A minimal ZIP of the given files, deflated, as Excel writes them. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK_PARTS = {
  'xl/workbook.xml':
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="词表" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

function sheetXml(rows: string): string {
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

describe('readXlsxRows', () => {
  it('reads the first sheet: shared strings, numbers, empty rows skipped, row numbers kept', () => {
    const bytes = workbook({
      名录: [['text', 'value'], ['协和医院', '北京协和医院'], [], ['𠀀字号', 12], ['只有一列']],
      Other: [['not read']],
    });
    const { sheet, rows } = readXlsxRows(bytes, 'list.xlsx');
    expect(sheet).toBe('名录');
    expect(rows).toEqual([
      { row: 1, cells: ['text', 'value'] },
      { row: 2, cells: ['协和医院', '北京协和医院'] },
      { row: 4, cells: ['𠀀字号', '12'] },
      { row: 5, cells: ['只有一列'] },
    ]);
  });

  it('reads a stored (uncompressed) workbook the same', () => {
    const rows = [['中山医院', '复旦大学附属中山医院']];
    expect(readXlsxRows(workbook({ A: rows }, false), 'a.xlsx').rows).toEqual(
      readXlsxRows(workbook({ A: rows }), 'a.xlsx').rows,
    );
  });

  it('reads inline strings, rich-text runs without phonetic guides, gaps between cells', () => {
    const bytes = zip({
      ...WORKBOOK_PARTS,
      'xl/sharedStrings.xml':
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>华山</t></r><r><t xml:space="preserve">医院</t></r><rPh><t>ka</t></rPh></si></sst>',
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>A&amp;B</t></is></c><c r="D3" t="b"><v>1</v></c></row>',
      ),
    });
    expect(readXlsxRows(bytes, 'rich.xlsx').rows).toEqual([
      { row: 3, cells: ['华山医院', '', 'A&B', 'TRUE'] },
    ]);
  });

  it('refuses what is not a workbook, naming the file', () => {
    expect(() => readXlsxRows(Buffer.from('text,value\n协和医院,x\n'), 'list.xlsx')).toThrow(
      /list\.xlsx is not an Excel workbook \(\.xlsx\): it is not a ZIP archive/,
    );
    expect(() => readXlsxRows(zip({ 'word/document.xml': '<a/>' }), 'memo.xlsx')).toThrow(
      /memo\.xlsx is not an Excel workbook \(\.xlsx\): it has no xl\/workbook\.xml/,
    );
  });

  it('refuses a workbook without a sheet, and an empty sheet, naming them', () => {
    const noSheet = zip({
      ...WORKBOOK_PARTS,
      'xl/workbook.xml':
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    });
    expect(() => readXlsxRows(noSheet, 'none.xlsx')).toThrow(
      'none.xlsx: the workbook has no sheet.',
    );
    expect(() => readXlsxRows(workbook({ 空表: [] }), 'empty.xlsx')).toThrow(
      'empty.xlsx, sheet "空表" is empty.',
    );
  });

  it('refuses a formula cell and an error cell, naming the sheet and the cell', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['协和医院'], ['x']]);
    sheet['A2'] = { t: 'n', f: 'LEN(A1)', v: 4 };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Words');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
    expect(() => readXlsxRows(bytes, 'f.xlsx')).toThrow(
      /^f\.xlsx, sheet "Words", cell A2 holds a formula/,
    );
    const withError = zip({
      ...WORKBOOK_PARTS,
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="B1" t="e"><v>#REF!</v></c></row>'),
    });
    expect(() => readXlsxRows(withError, 'e.xlsx')).toThrow(
      'e.xlsx, sheet "词表", cell B1 holds the error #REF!.',
    );
  });

  it('refuses a part larger than allowed before unpacking it, and too many rows', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`词${i}`]);
    const bytes = workbook({ Big: rows });
    expect(() => readXlsxRows(bytes, 'big.xlsx', { maxPartBytes: 200, maxRows: 1000 })).toThrow(
      /^big\.xlsx: xl\/.* unpacked, more than the 0\.0 MB a word list may have/,
    );
    expect(() => readXlsxRows(bytes, 'big.xlsx', { maxPartBytes: 1e7, maxRows: 20 })).toThrow(
      'big.xlsx, sheet "Big": row 21 is past the 20 rows a word list may have.',
    );
  });

  it('refuses a size field that lies (a bomb claiming to be small)', () => {
    const bytes = zip({
      ...WORKBOOK_PARTS,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
      ),
    });
    // Claim the sheet unpacks to 10 bytes: inflate must stop there rather than trust the data.
    const view = Buffer.from(bytes);
    const directory = view.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    view.writeUInt32LE(10, directory + 24);
    expect(() => readXlsxRows(view, 'lie.xlsx')).toThrow(XlsxError);
    expect(() => readXlsxRows(view, 'lie.xlsx')).toThrow(
      /^lie\.xlsx: xl\/worksheets\/sheet1\.xml cannot be unpacked/,
    );
  });

  it('refuses, from its directory and before unpacking anything, a workbook declaring too much (issue 16)', () => {
    // A valid sheet and a shared-strings part of 2 MB that deflates to a few KB: a small bomb.
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>协和医院</t></si>'.repeat(100_000)}</sst>`;
    const bomb = zip({
      ...WORKBOOK_PARTS,
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
      'xl/sharedStrings.xml': strings,
    });
    expect(bomb.length).toBeLessThan(100_000);
    const limits = { maxPartBytes: 64 * 1_048_576, maxRows: 1000, maxTotalBytes: 1_048_576 };
    expect(() => readXlsxRows(bomb, 'bomb.xlsx', limits)).toThrow(
      /^bomb\.xlsx would unpack to 2\.\d MB, more than the 1\.0 MB a word list's workbook may have; nothing was unpacked\.$/,
    );
    // Within the budget it reads.
    expect(readXlsxRows(bomb, 'bomb.xlsx', { ...limits, maxTotalBytes: 4_000_000 }).rows).toEqual([
      { row: 1, cells: ['协和医院'] },
    ]);
  });

  it('refuses a workbook of thousands of sheets by its directory, naming the file', () => {
    const sheets = Object.fromEntries(
      Array.from({ length: 10_001 }, (_, i) => [`xl/worksheets/sheet${i + 2}.xml`, sheetXml('')]),
    );
    const many = zip({
      ...WORKBOOK_PARTS,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
      ),
      ...sheets,
    });
    let refused: unknown;
    try {
      readXlsxRows(many, 'many.xlsx');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(XlsxError);
    expect((refused as XlsxError).kind).toBe('too-big');
    expect((refused as XlsxError).message).toBe(
      "many.xlsx holds 10004 parts (sheets and others), more than the 10000 a word list's workbook may have.",
    );
  });

  it('refuses a cell past column XFD at once, instead of building an array up to it', () => {
    // Before: one cell at ZZZZZZ1 in a 1 KB file took 2.2 GB and 50 s, then "Invalid array length".
    const farCell = (ref: string) =>
      zip({
        ...WORKBOOK_PARTS,
        'xl/worksheets/sheet1.xml': sheetXml(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>协和医院</t></is></c><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row>`,
        ),
      });
    const started = performance.now();
    for (const ref of ['ZZZZZZ1', 'XFE1', 'a1']) {
      expect(() => readXlsxRows(farCell(ref), 'far.xlsx'), ref).toThrow(
        `far.xlsx, sheet "词表": cell "${ref}" is not a cell of a sheet (columns run from A to XFD).`,
      );
    }
    expect(performance.now() - started).toBeLessThan(2_000);
    const last = readXlsxRows(farCell('XFD1'), 'last.xlsx').rows[0]!.cells;
    expect([last.length, last[0], last[16_383]]).toEqual([16_384, '协和医院', 'x']);
  });
});
