/**
 * The canonical export record: one JSON object per article, the shape every export format is
 * derived from (JSONL writes it as is; CSV, XLSX and Parquet flatten it). Building it is pure, so
 * the same project state always gives the same bytes.
 *
 * Offsets: `start`/`end` count Unicode code points of the document's decoded text (as everywhere
 * in Gleaner, see DESIGN.md "Text and offsets"); `start_utf16`/`end_utf16` are the same
 * boundaries in UTF-16 code units, for readers in JavaScript, Java or C# that index strings that
 * way. Python indexes code points, so `document_text[start:end] == span.text` there.
 *
 * `text` is the article's segments (its ranges of the document, in document order) joined with a
 * blank line ("\n\n"); segment offsets are document offsets, not offsets into `text`.
 */
import type { FieldSchema } from '../schema';
import type { CodePointIndex, CodePointRange } from '../text/codepoints';

export type ValueState = 'suggested' | 'accepted' | 'edited' | 'rejected' | 'added';
export type ValueOrigin = 'extracted' | 'curator';

/** Joins an article's segment texts in `text`; a blank line, so paragraphs stay apart. */
export const SEGMENT_SEPARATOR = '\n\n';

export interface CanonicalSpan {
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
  text: string;
}

export interface CanonicalValue {
  /** The normalised value (its JSON shape depends on the field's type). */
  value: unknown;
  /** The text as written in the article. */
  raw: string;
  spans: CanonicalSpan[];
  origin: ValueOrigin;
  confidence: number | null;
  state: ValueState;
}

export interface CanonicalReview {
  by: string;
  at: string;
  comment: string | null;
}

export interface CanonicalRecord {
  id: number;
  document: { id: number; name: string; sha256: string; encoding: string };
  status: string;
  title: string | null;
  segments: CodePointRange[];
  text: string;
  /** Every non-retired field of the schema, in schema order; `[]` when it has no value. */
  fields: Record<string, CanonicalValue[]>;
  review: CanonicalReview | null;
  schema: { id: string; version: number };
}

/** A stored value as read from the project, before it is shaped for export. */
export interface ValueForExport {
  fieldKey: string;
  value: unknown;
  raw: string;
  origin: ValueOrigin;
  confidence: number | null;
  state: ValueState;
  spans: readonly { start: number; end: number; text: string }[];
}

export interface CanonicalRecordInput {
  article: { id: number; status: string; title: string | null; ranges: readonly CodePointRange[] };
  document: { id: number; name: string; sha256: string; encoding: string };
  /** Index over the document's decoded text (build one per document, not per article). */
  documentIndex: CodePointIndex;
  schema: FieldSchema;
  /** The article's values in the order they should appear within each field. */
  values: readonly ValueForExport[];
  /** Rejected values are curation history, not data: left out unless asked for. */
  includeRejected?: boolean;
  review?: CanonicalReview | null;
}

/**
 * Builds the record of one article. Values of fields that are retired or unknown to the schema
 * are left out (the record describes the schema's current fields). Span texts are copied from
 * the stored values, not re-sliced, so `verifySpans` can catch a value whose provenance no longer
 * matches its document.
 */
export function buildCanonicalRecord(input: CanonicalRecordInput): CanonicalRecord {
  const { article, document, documentIndex: index } = input;
  const fields: Record<string, CanonicalValue[]> = {};
  for (const field of input.schema.fields) {
    if (!field.retired) fields[field.key] = [];
  }
  for (const stored of input.values) {
    const list = Object.hasOwn(fields, stored.fieldKey) ? fields[stored.fieldKey] : undefined;
    if (!list) continue;
    if (stored.state === 'rejected' && !input.includeRejected) continue;
    list.push(canonicalValue(stored, index));
  }
  const segments = [...article.ranges]
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ start: r.start, end: r.end }));
  // Literal object construction fixes the key order, which JSON.stringify preserves: the same
  // project state must give byte-identical files.
  return {
    id: article.id,
    document: {
      id: document.id,
      name: document.name,
      sha256: document.sha256,
      encoding: document.encoding,
    },
    status: article.status,
    title: article.title,
    segments,
    text: segments.map((s) => index.slice(s.start, s.end)).join(SEGMENT_SEPARATOR),
    fields,
    review: input.review ?? null,
    schema: { id: input.schema.id, version: input.schema.version },
  };
}

function canonicalValue(stored: ValueForExport, index: CodePointIndex): CanonicalValue {
  return {
    value: stored.value,
    raw: stored.raw,
    spans: stored.spans.map((span) => ({
      start: span.start,
      end: span.end,
      start_utf16: utf16OrMinusOne(index, span.start),
      end_utf16: utf16OrMinusOne(index, span.end),
      text: span.text,
    })),
    origin: stored.origin,
    confidence: stored.confidence,
    state: stored.state,
  };
}

/** An out-of-range offset is kept visible (-1) for verifySpans to report, not thrown here. */
function utf16OrMinusOne(index: CodePointIndex, cp: number): number {
  return Number.isInteger(cp) && cp >= 0 && cp <= index.length ? index.toUtf16(cp) : -1;
}

/** A record whose provenance does not match its document; nothing of it may be written. */
export class SpanMismatchError extends Error {
  constructor(
    readonly articleId: number,
    readonly field: string,
    detail: string,
  ) {
    super(`article ${articleId}, field "${field}": ${detail}`);
    this.name = 'SpanMismatchError';
  }
}

/**
 * Checks every span of a record against its document: in range, UTF-16 offsets consistent, and
 * its text exactly the document sliced at `[start, end)` in code points. Throws a
 * SpanMismatchError naming the article and the field at the first problem. Exporters call it on
 * each record before writing it, so a file never carries provenance that points at other text.
 */
export function verifySpans(documentIndex: CodePointIndex, record: CanonicalRecord): void {
  for (const [field, values] of Object.entries(record.fields)) {
    for (const value of values) {
      for (const span of value.spans) {
        const fail = (detail: string): never => {
          throw new SpanMismatchError(record.id, field, detail);
        };
        if (
          !Number.isInteger(span.start) ||
          !Number.isInteger(span.end) ||
          span.start < 0 ||
          span.end < span.start ||
          span.end > documentIndex.length
        ) {
          fail(
            `span [${span.start}, ${span.end}) is outside the document (${documentIndex.length} code points)`,
          );
        }
        if (
          span.start_utf16 !== documentIndex.toUtf16(span.start) ||
          span.end_utf16 !== documentIndex.toUtf16(span.end)
        ) {
          fail(`span [${span.start}, ${span.end}) has wrong UTF-16 offsets`);
        }
        const actual = documentIndex.slice(span.start, span.end);
        if (actual !== span.text) {
          fail(
            `span [${span.start}, ${span.end}) says ${JSON.stringify(span.text)} but the document has ${JSON.stringify(actual)}`,
          );
        }
      }
    }
  }
}
