import {
  buildCanonicalRecord,
  type CanonicalRecord,
  type CanonicalRecordInput,
  type ValueForExport,
  type ValueState,
} from '../../shared/export/canonical-record';
import { parseFieldSchema } from '../../shared/schema';
import { CodePointIndex } from '../../shared/text/codepoints';

/**
 * The small schema the export writers' tests write records of: a many-valued institution (so a
 * cell can hold several values) and an integer (so a cell can hold a number).
 */
export const miniSchema = parseFieldSchema({
  id: 'mini',
  version: 2,
  fields: [
    {
      key: 'hospital',
      labels: { 'zh-CN': '医院', en: 'Hospital' },
      type: 'institution',
      cardinality: 'many',
      required: false,
      extractors: [],
    },
    {
      key: 'beds',
      labels: { 'zh-CN': '床位数', en: 'Beds' },
      type: 'integer',
      cardinality: 'one',
      required: false,
      extractors: [],
    },
  ],
});

/** A hospital an extractor found at code point `start`, with the confidence it gave. */
export function hospitalValue(
  start: number,
  name: string,
  state: ValueState = 'suggested',
): ValueForExport {
  return {
    fieldKey: 'hospital',
    value: { name },
    raw: name,
    origin: 'extracted',
    confidence: 0.9,
    state,
    spans: [{ start, end: start + [...name].length, text: name }],
  };
}

/** 500 beds, typed in by a curator: no span and no confidence, which writers must leave empty. */
export function bedsValue(raw: string): ValueForExport {
  return {
    fieldKey: 'beds',
    value: 500,
    raw,
    origin: 'curator',
    confidence: null,
    state: 'added',
    spans: [],
  };
}

/** A document of a test record, with its decoded text. */
export type ExportDocument = CanonicalRecordInput['document'] & { text: string };

/**
 * A canonical record of `miniSchema` built without a project, as the export job builds one;
 * the article covers the whole of the document's text.
 */
export function exportRecord(
  article: { id: number; title: string | null; status: string },
  document: ExportDocument,
  values: ValueForExport[],
): CanonicalRecord {
  const { text, ...stored } = document;
  const index = new CodePointIndex(text);
  return buildCanonicalRecord({
    article: { ...article, ranges: [{ start: 0, end: index.length }] },
    document: stored,
    documentIndex: index,
    schema: miniSchema,
    values,
  });
}
