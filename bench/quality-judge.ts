/**
 * Judging suggestions against a hand-made reference (seeds/reference/, bench/articles/reference/):
 * the reference format, when a suggested value states the same fact as a reference value, and
 * the greedy matching of one article's suggestions to its expected values, field by field.
 */
import type { Suggestion } from '../shared/extraction';
import type { Field, FieldSchema } from '../shared/schema';

export interface ReferenceValue {
  value: unknown;
  /** The text as written (compared without whitespace, so OCR line breaks may be kept). */
  raw: string;
  /** Other values a curator would accept as the same fact. */
  also?: unknown[];
}

export interface ReferenceArticle {
  /** Seeds: the start of the article's first range in the page plan. */
  firstRangeStart?: number;
  /**
   * Written articles: text that opens the article in the page (its title unless given), so the
   * article is found whatever ranges the page plan gives it.
   */
  anchor?: string;
  title: string;
  fields: Record<string, ReferenceValue[]>;
}

export interface ReferencePage {
  articles: ReferenceArticle[];
  /** Written articles: the script the page is written in. */
  script?: 'simplified' | 'traditional';
  /** Written articles: 'other' for a page that is not about a hospital (nothing is expected). */
  subject?: 'hospital' | 'other';
  /** Written articles: whole lines of site chrome (navigation, breadcrumb, footer, metadata). */
  chrome?: string[];
  /**
   * Written articles: what a field left out of an article's `fields` means: nothing expected
   * ('empty', the default) or not judged on that article ('skipped', for references annotated
   * field by field, where a field the annotator could not settle is left out).
   */
  fieldsNotListed?: 'empty' | 'skipped';
}

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCount = (): Count => ({ tp: 0, fp: 0, fn: 0 });

export function addCount(into: Count, c: Count): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export const squeeze = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

/** Whether a suggested value states the same fact as a reference value, by the field's type. */
export function sameValue(field: Field, got: unknown, want: unknown): boolean {
  const g = got as Record<string, unknown>;
  const w = want as Record<string, unknown>;
  switch (field.type) {
    case 'text':
    case 'institution':
    case 'enum':
      return typeof got === 'string' && typeof want === 'string' && squeeze(got) === squeeze(want);
    case 'place':
      return g?.name === w?.name;
    case 'person':
      return g?.name === w?.name && (w.role === undefined || g.role === w.role);
    case 'money':
      return g?.amount === w?.amount && g?.currency === w?.currency;
    case 'quantity':
      return (
        typeof g?.value === 'number' &&
        Math.abs((g.value as number) - (w.value as number)) < 1e-9 &&
        g.unit === w.unit
      );
    case 'date':
      return g?.iso === w?.iso;
    case 'integer':
    case 'decimal':
      return got === want;
  }
}

/** One suggestion with its verdict. */
export interface Judged {
  field: string;
  suggestion: Suggestion;
  correct: boolean;
}

export interface ArticleVerdict {
  counts: Map<string, Count>;
  judged: Judged[];
  /** Reference values not suggested, for --details. */
  missed: { field: string; value: ReferenceValue }[];
}

/**
 * Matches an article's suggestions to its reference, best first per field. `expected` null means
 * the article has no reference (every suggestion is wrong). A field absent from the reference is
 * skipped when `missingFieldsAreEmpty` is false (the seeds' convention) and expects nothing
 * otherwise (the written articles spell out only what they expect).
 */
export function judgeArticle(
  schema: FieldSchema,
  suggestions: readonly Suggestion[],
  expected: Record<string, ReferenceValue[]> | null,
  missingFieldsAreEmpty: boolean,
): ArticleVerdict {
  const counts = new Map<string, Count>();
  const judged: Judged[] = [];
  const missed: ArticleVerdict['missed'] = [];
  for (const field of schema.fields) {
    const want =
      expected === null ? [] : (expected[field.key] ?? (missingFieldsAreEmpty ? [] : null));
    if (want === null) continue;
    const count = emptyCount();
    const got = suggestions
      .filter((s) => s.field === field.key)
      .sort((a, b) => b.confidence - a.confidence);
    const used = new Set<ReferenceValue>();
    for (const s of got) {
      const hit = want.find(
        (e) =>
          !used.has(e) && [e.value, ...(e.also ?? [])].some((w) => sameValue(field, s.value, w)),
      );
      if (hit) used.add(hit);
      if (hit) count.tp++;
      else count.fp++;
      judged.push({ field: field.key, suggestion: s, correct: hit !== undefined });
    }
    for (const e of want) {
      if (used.has(e)) continue;
      count.fn++;
      missed.push({ field: field.key, value: e });
    }
    counts.set(field.key, count);
  }
  return { counts, judged, missed };
}
