import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { LONG_HEADER, wideHeader } from '../../shared/export/csv';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { bedsValue, exportRecord, hospitalValue, miniSchema } from '../test-support/export-records';
import { useTempDir } from '../test-support/temp-dir';
import { selectArticlesForExport } from './select-articles';
import { writeXlsx } from './xlsx';

const tempDir = useTempDir('gleaner-xlsx-');

/** Two hospitals in one cell, after an astral character, so code points and UTF-16 differ. */
const document = { id: 7, name: '上海.txt', sha256: 'cd'.repeat(32), encoding: 'gb18030' };
const text = '𠀀仁济医院与瑞金医院新增床位500张。';

function handMadeRecord(id: number, title: string | null): CanonicalRecord {
  const values = [hospitalValue(1, '仁济医院'), hospitalValue(6, '瑞金医院'), bedsValue('500')];
  return exportRecord({ id, title, status: 'submitted' }, { ...document, text }, values);
}

function readBook(file: string): XLSX.WorkBook {
  return XLSX.read(fs.readFileSync(file), { type: 'buffer', bookFiles: true, cellFormula: true });
}

function rowsOf(book: XLSX.WorkBook, sheet: string): unknown[][] {
  return XLSX.utils.sheet_to_json(book.Sheets[sheet]!, { header: 1, defval: null });
}

/** The raw XML of one part of the package (SheetJS keeps them with bookFiles). */
function part(book: XLSX.WorkBook, name: string): string {
  const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  const entry = files[name] ?? files[`/${name}`];
  if (!entry) throw new Error(`no ${name} in ${Object.keys(files).join(', ')}`);
  return Buffer.from(entry.content).toString('utf8');
}

/**
 * The workbook as readers outside JavaScript see it, every sheet's rows padded with null: Python's
 * zipfile and ElementTree following the spec (every part well-formed, a cell without `r` after
 * the previous one), and openpyxl, the reader of pandas, where it is installed (null if not).
 */
const PYTHON_READER = String.raw`
import json, sys, zipfile
import xml.etree.ElementTree as ET
NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'
def column(ref):
    n = 0
    for ch in ref:
        if not ch.isalpha(): break
        n = n * 26 + ord(ch) - 64
    return n - 1
def number(text):
    v = float(text)
    return int(v) if v.is_integer() else v
def by_zipfile(path):
    z = zipfile.ZipFile(path)
    parts = {name: ET.fromstring(z.read(name)) for name in z.namelist()}
    targets = {r.get('Id'): r.get('Target') for r in parts['xl/_rels/workbook.xml.rels']}
    sheets = {}
    for sheet in parts['xl/workbook.xml'].iter(NS + 'sheet'):
        rows = []
        for row in parts['xl/' + targets[sheet.get(REL)]].iter(NS + 'row'):
            cells = []
            for c in row.findall(NS + 'c'):
                at = column(c.get('r')) if c.get('r') else len(cells)
                cells += [None] * (at - len(cells))
                if c.get('t') == 'inlineStr':
                    cells.append(''.join(t.text or '' for t in c.iter(NS + 't')))
                else:
                    cells.append(number(c.find(NS + 'v').text))
            rows.append(cells)
        sheets[sheet.get('name')] = rows
    return sheets
def by_openpyxl(path):
    try:
        import openpyxl
    except ImportError:
        return None
    book = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
print(json.dumps({'zipfile': by_zipfile(sys.argv[1]), 'openpyxl': by_openpyxl(sys.argv[1])}))
`;

type Sheets = Record<string, unknown[][]>;

function padded(sheets: Sheets): Sheets {
  return Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => {
      const width = rows[0]!.length;
      return [name, rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null))];
    }),
  );
}

function readByPython(file: string): { zipfile: Sheets; openpyxl: Sheets | null } {
  return JSON.parse(execFileSync('python3', ['-c', PYTHON_READER, file], { encoding: 'utf8' })) as {
    zipfile: Sheets;
    openpyxl: Sheets | null;
  };
}

describe('writeXlsx', () => {
  const records = [
    handMadeRecord(1, '=HYPERLINK("http://evil.example","点我")'),
    handMadeRecord(2, '仁济医院𠀀新院区开工'),
    handMadeRecord(3, '+86 热线'),
  ];

  it('writes an articles sheet and a values sheet with Chinese text intact', async () => {
    const dir = tempDir();
    const result = await writeXlsx(records, miniSchema, path.join(dir, 'out.xlsx'));
    expect(result).toMatchObject({ articles: 3, values: 9 });
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);

    const book = readBook(result.path);
    expect(book.SheetNames).toEqual(['articles', 'values']);
    const articles = rowsOf(book, 'articles');
    expect(articles[0]).toEqual(wideHeader(miniSchema));
    expect(articles.slice(1).map((r) => r[3])).toEqual(records.map((r) => r.title));
    expect(articles[2]).toEqual([
      2,
      '上海.txt',
      'submitted',
      '仁济医院𠀀新院区开工',
      '仁济医院 | 瑞金医院',
      500,
    ]);

    const values = rowsOf(book, 'values');
    expect(values[0]).toEqual([...LONG_HEADER]);
    expect(values).toHaveLength(1 + 9);
    const column = (name: string): number => LONG_HEADER.indexOf(name);
    const ruijin = values.find((r) => r[column('raw')] === '瑞金医院')!;
    expect(ruijin[column('span_start')]).toBe(6);
    const spans = JSON.parse(ruijin[column('spans')] as string) as { start_utf16: number }[];
    expect(spans[0]!.start_utf16).toBe(7);
    const beds = values.find((r) => r[column('field')] === 'beds')!;
    expect(beds[column('confidence')]).toBeNull();
    expect(beds[column('value')]).toBe(500);
  });

  it('writes cells starting with = or + as text, never as formulas', async () => {
    const dir = tempDir();
    const result = await writeXlsx(records, miniSchema, path.join(dir, 'out.xlsx'));
    const book = readBook(result.path);
    const sheet = book.Sheets.articles!;
    for (const address of ['D2', 'D4']) {
      const cell = sheet[address] as XLSX.CellObject;
      expect(cell.t).toBe('s');
      expect(cell.f).toBeUndefined();
    }
    expect((sheet.D2 as XLSX.CellObject).v).toBe(records[0]!.title);
    const xml = part(book, 'xl/worksheets/articles1.xml');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('t="inlineStr"');
  });

  it('escapes markup characters and drops the control characters XML cannot hold', async () => {
    const dir = tempDir();
    const tricky = [handMadeRecord(1, 'A&B <医院> "引号" \u0007响铃 _x0041_')];
    const result = await writeXlsx(tricky, miniSchema, path.join(dir, 'out.xlsx'));
    const rows = rowsOf(readBook(result.path), 'articles');
    expect(rows[1]![3]).toBe('A&B <医院> "引号" 响铃 _x0041_');
  });

  it('keeps spaces and line breaks at the edges of a text, and stores quotes as they are', async () => {
    const dir = tempDir();
    const spaced = [handMadeRecord(1, '  仁济医院 \n新院区 '), handMadeRecord(2, '仁济"东院"')];
    const result = await writeXlsx(spaced, miniSchema, path.join(dir, 'out.xlsx'));
    const book = readBook(result.path);
    const titles = rowsOf(book, 'articles')
      .slice(1)
      .map((r) => r[3]);
    expect(titles).toEqual(['  仁济医院 \n新院区 ', '仁济"东院"']);
    // Quotes need no escaping in element text: the spans' JSON stays as compact as it is.
    const values = part(book, 'xl/worksheets/values1.xml');
    expect(values).not.toContain('&quot;');
    expect(values).toContain('"start_utf16":7');
  });

  it('writes a row longer than a whole chunk of sheet XML intact, between ordinary rows', async () => {
    const dir = tempDir();
    // Four cells of 25,000 characters (value, its JSON, raw, the span's text): some 300 KB of
    // UTF-8 in one row of the values sheet.
    const long = `${'长'.repeat(24_996)}人民医院`;
    const longDocument = { ...document, id: 8, name: '长.txt', text: long };
    const longRecord = exportRecord({ id: 2, title: '长', status: 'submitted' }, longDocument, [
      hospitalValue(0, long),
    ]);
    const result = await writeXlsx(
      [handMadeRecord(1, '前'), longRecord, handMadeRecord(3, '后')],
      miniSchema,
      path.join(dir, 'out.xlsx'),
    );
    const values = rowsOf(readBook(result.path), 'values');
    const raw = LONG_HEADER.indexOf('raw');
    expect(values.map((r) => r[0])).toEqual(['article_id', 1, 1, 1, 2, 3, 3, 3]);
    expect(values[4]![raw]).toBe(long);
    expect(values[5]![raw]).toBe('仁济医院');
  });

  it('makes the header bold and frozen', async () => {
    const dir = tempDir();
    const result = await writeXlsx(records, miniSchema, path.join(dir, 'out.xlsx'));
    const book = readBook(result.path);
    for (const sheet of ['articles1.xml', 'values1.xml']) {
      const xml = part(book, `xl/worksheets/${sheet}`);
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      const headerStyle = /<row r="1"[^>]*>\s*<c(?: r="A1")? s="(\d+)"/.exec(xml)?.[1];
      const dataStyle = /<row r="2"[^>]*>\s*<c(?: r="A2")?(?: s="(\d+)")?/.exec(xml)?.[1] ?? '0';
      expect(headerStyle).toBeDefined();
      expect(headerStyle).not.toBe(dataStyle);
    }
    const styles = part(book, 'xl/styles.xml');
    expect(styles).toMatch(/<font>\s*<b\/>/);
  });

  it('gives byte-identical files for the same records', async () => {
    const dir = tempDir();
    const a = await writeXlsx(records, miniSchema, path.join(dir, 'a.xlsx'));
    const b = await writeXlsx(records, miniSchema, path.join(dir, 'b.xlsx'));
    expect(a.sha256).toBe(b.sha256);
    expect(fs.readFileSync(a.path).equals(fs.readFileSync(b.path))).toBe(true);
  });

  it('writes the same bytes whether its rows are made on the row thread or inline', async () => {
    const dir = tempDir();
    // Sheets of two rows, so that batches, sheet ends and continuation sheets interleave.
    const options = { rowsPerSheet: 2 };
    const threaded = await writeXlsx(records, miniSchema, path.join(dir, 't.xlsx'), options);
    const inline = await writeXlsx(records, miniSchema, path.join(dir, 'i.xlsx'), {
      ...options,
      rowThread: false,
    });
    expect(readBook(threaded.path).SheetNames.length).toBeGreaterThan(2);
    expect(threaded.sha256).toBe(inline.sha256);
  });

  it('reads the same in Python (zipfile and XML, and openpyxl where installed) as in SheetJS', async () => {
    const dir = tempDir();
    // An untitled article and a field without values leave empty cells inside the rows.
    const result = await writeXlsx(
      [handMadeRecord(1, null), ...records],
      miniSchema,
      path.join(dir, 'out.xlsx'),
    );
    const book = readBook(result.path);
    const sheetJs = padded(Object.fromEntries(book.SheetNames.map((n) => [n, rowsOf(book, n)])));
    expect(sheetJs.articles![1]![3]).toBeNull();
    const python = readByPython(result.path);
    expect(padded(python.zipfile)).toEqual(sheetJs);
    if (python.openpyxl) expect(padded(python.openpyxl)).toEqual(sheetJs);
  });

  it('continues a full sheet on a second one instead of losing rows', async () => {
    const dir = tempDir();
    const result = await writeXlsx(records, miniSchema, path.join(dir, 'out.xlsx'), {
      rowsPerSheet: 4,
    });
    const book = readBook(result.path);
    expect(book.SheetNames).toEqual(['articles', 'values', 'values (2)', 'values (3)']);
    const continued = ['values', 'values (2)', 'values (3)'].map((s) => rowsOf(book, s));
    expect(continued.every((rows) => rows[0]![0] === 'article_id')).toBe(true);
    expect(continued.reduce((n, rows) => n + rows.length - 1, 0)).toBe(9);
  });

  it('leaves no file when the records fail midway', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.xlsx');
    const failing: Iterable<CanonicalRecord> = {
      *[Symbol.iterator]() {
        for (let i = 1; i <= 1000; i++) {
          if (i === 700) throw new Error('database went away');
          yield handMadeRecord(i, `标题${i}`);
        }
      },
    };
    await expect(writeXlsx(failing, miniSchema, out)).rejects.toThrow('database went away');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reads the records once: a one-shot generator gives the same workbook, no spool left', async () => {
    const dir = tempDir();
    function* once(): Generator<CanonicalRecord> {
      yield* records;
    }
    const fromGenerator = await writeXlsx(once(), miniSchema, path.join(dir, 'once.xlsx'));
    const fromArray = await writeXlsx(records, miniSchema, path.join(dir, 'array.xlsx'));
    expect(fromGenerator).toMatchObject({ articles: 3, values: 9, sha256: fromArray.sha256 });
    expect(fs.readdirSync(dir).sort()).toEqual(['array.xlsx', 'once.xlsx']);
  });

  it('exports the seeded project: one row per article and per value', async () => {
    const dir = tempDir();
    const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
    try {
      const selection = selectArticlesForExport(project.db, { status: 'any' });
      const result = await writeXlsx(selection, selection.schema, path.join(dir, 'seeds.xlsx'));
      const book = readBook(result.path);
      const articles = rowsOf(book, 'articles');
      const expected = [...selection];
      expect(articles.slice(1).map((r) => [r[0], r[1], r[3] ?? null])).toEqual(
        expected.map((r) => [r.id, r.document.name, r.title]),
      );
      const stored = project.db.prepare('SELECT count(*) AS n FROM field_values').get() as {
        n: number;
      };
      expect(rowsOf(book, 'values')).toHaveLength(1 + stored.n);
      expect(result.values).toBe(stored.n);
    } finally {
      project.close();
    }
  });
});
