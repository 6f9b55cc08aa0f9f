/**
 * For the rules' unit tests: runs extraction over one short article written for the test, with a
 * schema of the fields asked for (the built-in extractors the seed schema gives them), and checks
 * that every span is exactly the document text at its code-point offsets.
 */
import { parseFieldSchema, type FieldSchema } from '../../schema';
import { extractArticleUncalibrated } from '../extract-article';
import type { Suggestion } from '../types';

const FIELDS: Record<string, { type: string; cardinality: 'one' | 'many'; extractor: string }> = {
  hospital: { type: 'institution', cardinality: 'one', extractor: 'rule:hospital@1' },
  province: { type: 'place', cardinality: 'one', extractor: 'rule:place@1' },
  city: { type: 'place', cardinality: 'one', extractor: 'rule:place@1' },
  county: { type: 'place', cardinality: 'one', extractor: 'rule:place@1' },
  title: { type: 'text', cardinality: 'one', extractor: 'rule:title@1' },
  column: { type: 'text', cardinality: 'one', extractor: 'rule:column@1' },
  reporters: { type: 'person', cardinality: 'many', extractor: 'rule:byline@1' },
  people: { type: 'person', cardinality: 'many', extractor: 'rule:people@1' },
  honors: { type: 'text', cardinality: 'many', extractor: 'rule:honors@1' },
  investments: { type: 'money', cardinality: 'many', extractor: 'rule:investment@1' },
  areas: { type: 'quantity', cardinality: 'many', extractor: 'rule:area@1' },
  beds: { type: 'integer', cardinality: 'many', extractor: 'rule:beds@1' },
  metrics: { type: 'quantity', cardinality: 'many', extractor: 'rule:metrics@1' },
  photographers: { type: 'person', cardinality: 'many', extractor: 'rule:byline@1' },
  partners: { type: 'institution', cardinality: 'many', extractor: 'rule:partners@1' },
  centers: { type: 'institution', cardinality: 'many', extractor: 'rule:centers@1' },
  founded_year: { type: 'integer', cardinality: 'one', extractor: 'rule:founded@1' },
  events: { type: 'date', cardinality: 'many', extractor: 'rule:events@1' },
};

export function schemaOf(keys: readonly string[]): FieldSchema {
  return parseFieldSchema({
    id: 'rule-test',
    version: 1,
    labels: { 'zh-CN': '测试', en: 'Test' },
    fields: keys.map((key) => {
      const f = FIELDS[key];
      if (!f) throw new Error(`rule-test-kit: no field ${key}`);
      return {
        key,
        labels: { 'zh-CN': key, en: key },
        type: f.type,
        cardinality: f.cardinality,
        required: false,
        extractors: [f.extractor],
      };
    }),
  });
}

/** Extracts `fields` from `text` taken as one article; throws when a span is not exact. */
export function extractFrom(
  text: string,
  fields: readonly string[],
  options: { title?: string; kicker?: string } = {},
): Suggestion[] {
  const codePoints = [...text];
  // The rules' own confidence: calibration (calibration.ts) is measured, not what a rule states.
  const found = extractArticleUncalibrated({
    documentText: text,
    ranges: [{ start: 0, end: codePoints.length }],
    title: options.title ?? null,
    kicker: options.kicker ?? null,
    schema: schemaOf(fields),
  });
  for (const s of found) {
    for (const span of s.spans) {
      const written = codePoints.slice(span.start, span.end).join('');
      if (written !== span.text) {
        throw new Error(`inexact span ${span.start}-${span.end}: ${span.text} vs ${written}`);
      }
    }
  }
  return found;
}

/** The names a person field found, in document order. */
export function names(found: readonly Suggestion[], field: string): string[] {
  return found.filter((s) => s.field === field).map((s) => (s.value as { name: string }).name);
}
