import { describe, expect, it } from 'vitest';
import { parseFieldSchema } from '../schema';
import { CodePointIndex } from '../text/codepoints';
import {
  SpanMismatchError,
  buildCanonicalRecord,
  verifySpans,
  type CanonicalRecordInput,
  type ValueForExport,
} from './canonical-record';

const schema = parseFieldSchema({
  id: 'demo',
  version: 2,
  fields: [
    {
      key: 'hospital',
      labels: { 'zh-CN': '医院', en: 'Hospital' },
      type: 'institution',
      cardinality: 'one',
      required: true,
      extractors: [],
    },
    {
      key: 'honors',
      labels: { 'zh-CN': '荣誉', en: 'Honours' },
      type: 'text',
      cardinality: 'many',
      required: false,
      extractors: [],
    },
    {
      key: 'old',
      labels: { 'zh-CN': '旧', en: 'Old' },
      type: 'text',
      cardinality: 'one',
      required: false,
      extractors: [],
      retired: true,
    },
  ],
});

// An astral character (𠀀, two UTF-16 units) before the values: code points and UTF-16 differ.
const documentText = '𠀀标题\n阜新市第二人民医院获评先进单位。\n附：无关文字';
const index = new CodePointIndex(documentText);

function value(
  fieldKey: string,
  text: string,
  state: ValueForExport['state'] = 'suggested',
): ValueForExport {
  const start = [...documentText].join('').indexOf(text);
  const cpStart = [...documentText.slice(0, start)].length;
  return {
    fieldKey,
    value: { name: text },
    raw: text,
    origin: 'extracted',
    confidence: 0.9,
    state,
    spans: [{ start: cpStart, end: cpStart + [...text].length, text }],
  };
}

function input(values: ValueForExport[], includeRejected = false): CanonicalRecordInput {
  return {
    article: {
      id: 7,
      status: 'approved',
      title: '标题',
      ranges: [
        { start: 4, end: 21 },
        { start: 0, end: 3 },
      ],
    },
    document: { id: 3, name: 'page.txt', sha256: 'f'.repeat(64), encoding: 'utf-8' },
    documentIndex: index,
    schema,
    values,
    includeRejected,
  };
}

describe('buildCanonicalRecord', () => {
  it('lists every non-retired field, empty when it has no value, and leaves retired ones out', () => {
    const record = buildCanonicalRecord(
      input([value('hospital', '阜新市第二人民医院'), value('old', '先进单位')]),
    );
    expect(Object.keys(record.fields)).toEqual(['hospital', 'honors']);
    expect(record.fields.honors).toEqual([]);
    expect(record.fields.hospital).toHaveLength(1);
  });

  it('gives code-point and UTF-16 offsets whose slices are the span text', () => {
    const record = buildCanonicalRecord(input([value('hospital', '阜新市第二人民医院')]));
    const span = record.fields.hospital![0]!.spans[0]!;
    expect(span.start).toBe(4);
    expect(span.start_utf16).toBe(5);
    expect([...documentText].slice(span.start, span.end).join('')).toBe(span.text);
    expect(documentText.slice(span.start_utf16, span.end_utf16)).toBe(span.text);
    expect(() => verifySpans(index, record)).not.toThrow();
  });

  it('joins the segments in document order with a blank line', () => {
    const record = buildCanonicalRecord(input([]));
    expect(record.segments).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 21 },
    ]);
    expect(record.text).toBe(`${index.slice(0, 3)}\n\n${index.slice(4, 21)}`);
    expect(record.text.startsWith('𠀀标题\n\n阜新市')).toBe(true);
  });

  it('leaves rejected values out unless asked for', () => {
    const values = [value('honors', '先进单位', 'rejected'), value('honors', '阜新市', 'accepted')];
    expect(buildCanonicalRecord(input(values)).fields.honors!.map((v) => v.state)).toEqual([
      'accepted',
    ]);
    expect(buildCanonicalRecord(input(values, true)).fields.honors!.map((v) => v.state)).toEqual([
      'rejected',
      'accepted',
    ]);
  });

  it('has a fixed key order and review null', () => {
    const record = buildCanonicalRecord(input([value('hospital', '阜新市第二人民医院')]));
    expect(Object.keys(record)).toEqual([
      'id',
      'document',
      'status',
      'title',
      'segments',
      'text',
      'fields',
      'review',
      'schema',
    ]);
    expect(Object.keys(record.fields.hospital![0]!)).toEqual([
      'value',
      'raw',
      'spans',
      'origin',
      'confidence',
      'state',
    ]);
    expect(Object.keys(record.fields.hospital![0]!.spans[0]!)).toEqual([
      'start',
      'end',
      'start_utf16',
      'end_utf16',
      'text',
    ]);
    expect(record.review).toBeNull();
    expect(record.schema).toEqual({ id: 'demo', version: 2 });
  });
});

describe('verifySpans', () => {
  it('names the article and the field when a span text is not the document slice', () => {
    const wrong = value('honors', '先进单位');
    wrong.spans = [{ ...wrong.spans[0]!, text: '后进单位' }];
    const record = buildCanonicalRecord(input([wrong]));
    expect(() => verifySpans(index, record)).toThrow(SpanMismatchError);
    expect(() => verifySpans(index, record)).toThrow(
      /article 7, field "honors".*后进单位.*先进单位/,
    );
  });

  it('refuses a span past the end of the document', () => {
    const far = value('hospital', '阜新市');
    far.spans = [{ start: 100, end: 103, text: '阜新市' }];
    expect(() => verifySpans(index, buildCanonicalRecord(input([far])))).toThrow(
      /article 7, field "hospital".*outside the document/,
    );
  });
});
