import { describe, expect, it } from 'vitest';
import { parseFieldSchema } from '../schema';
import type { CanonicalRecord, CanonicalValue } from './canonical-record';
import { encodeCsvCell, encodeCsvRow, longRows, neutraliseCell, wideRows } from './csv';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends rows with CRLF', () => {
    expect(encodeCsvRow(['a,b', 'say "hi"', 'two\nlines', 3, null])).toBe(
      '"a,b","say ""hi""","two\nlines",3,\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
    expect(encodeCsvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(neutraliseCell('医院=好')).toBe('医院=好');
    // A plain negative number is a number, not a formula.
    expect(neutraliseCell('-3.5')).toBe('-3.5');
  });
});

const schema = parseFieldSchema({
  id: 'demo',
  version: 1,
  fields: [
    ['hospital', 'institution'],
    ['title', 'text'],
    ['investments', 'money'],
    ['areas', 'quantity'],
    ['people', 'person'],
    ['events', 'date'],
    ['beds', 'integer'],
  ].map(([key, type]) => ({
    key,
    labels: { 'zh-CN': key, en: key },
    type,
    cardinality: 'many',
    required: false,
    extractors: [],
  })),
});

function v(value: unknown, start = 0): CanonicalValue {
  return {
    value,
    raw: 'raw',
    spans: [{ start, end: start + 2, start_utf16: start, end_utf16: start + 2, text: 'xx' }],
    origin: 'extracted',
    confidence: 0.5,
    state: 'accepted',
  };
}

const record: CanonicalRecord = {
  id: 1,
  document: { id: 1, name: 'a.txt', sha256: 'f', encoding: 'utf-8' },
  status: 'approved',
  title: '=标题',
  segments: [{ start: 0, end: 10 }],
  text: '',
  fields: {
    hospital: [v({ name: '阜新市第二人民医院', code: null })],
    title: [v('标题')],
    investments: [v({ amount: 41000000, currency: 'CNY', approx: null })],
    areas: [
      v({ value: 2753, unit: 'm²', approx: null }),
      v({ value: 3.5, unit: '亩', approx: 'over' }, 4),
    ],
    people: [v({ name: '张丽丽', title: '院长' })],
    events: [v({ iso: '2021', year: 2021, description: '医院科研立项' })],
    beds: [v(1145)],
  },
  review: null,
  schema: { id: 'demo', version: 1 },
};

describe('wideRows', () => {
  it('gives one row per article, each field in words, many values joined by " | ", unique column names', () => {
    const [header, row] = [...wideRows([record], schema)];
    expect(header).toEqual([
      'id',
      'document',
      'status',
      'title',
      'hospital',
      'field:title',
      'investments',
      'areas',
      'people',
      'events',
      'beds',
    ]);
    expect(row).toEqual([
      1,
      'a.txt',
      'approved',
      '=标题',
      '阜新市第二人民医院',
      '标题',
      '41000000 CNY',
      '2753 m² | over 3.5 亩',
      '张丽丽(院长)',
      '医院科研立项: 2021',
      '1145',
    ]);
    expect(encodeCsvRow(row!)).toContain(",'=标题,");
  });
});

describe('longRows', () => {
  it('gives one row per value with its JSON, spans and first span offsets', () => {
    const rows = [...longRows([record])];
    expect(rows).toHaveLength(1 + 8);
    const areas = rows.filter((r) => r[2] === 'areas');
    expect(areas[1]).toEqual([
      1,
      'a.txt',
      'areas',
      'over 3.5 亩',
      '{"value":3.5,"unit":"亩","approx":"over"}',
      'raw',
      'accepted',
      'extracted',
      0.5,
      '[{"start":4,"end":6,"start_utf16":4,"end_utf16":6,"text":"xx"}]',
      4,
      6,
    ]);
  });
});
