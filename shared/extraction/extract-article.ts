/**
 * Runs a schema's extractors over one article and tidies what they propose: one suggestion per
 * field and value (with every span it was read at), and only the best one for single-valued fields.
 */
import type { CodePointRange } from '../text/codepoints';
import type { CodePointIndex } from '../text/codepoints';
import { outputFor, refParts, subjectOf, type Field, type FieldSchema } from '../schema';
import { ArticleText } from './article-text';
import { calibrateSuggestions } from './calibration';
import { CONFIDENCE, OFF_SUBJECT_CONFIDENCE } from './confidence';
import { judgeRelevance, type RelevanceVerdict } from './relevance';
import { EXTRACTORS_BY_ID } from './registry';
import { runFieldPatterns } from './rules/patterns';
import type { ArticleDate, ExtractionContext, Extractor, SourceSpan, Suggestion } from './types';
import { ArticleWords } from './words';

export interface ArticleInput {
  /** The whole document's text (or its code-point index, to share one across a page's articles). */
  documentText: string | CodePointIndex;
  /** The article's ranges in code points of the document (planPage's article ranges). */
  ranges: readonly CodePointRange[];
  title?: string | null;
  kicker?: string | null;
  schema: FieldSchema;
  articleDate?: ArticleDate;
}

export interface ArticleExtraction {
  suggestions: Suggestion[];
  /** Whether the article is about the schema's subject; null when the schema declares none. */
  relevance: RelevanceVerdict | null;
}

/** Suggestions with calibrated confidence (calibration.ts): what the app stores and shows. */
export function extractArticle(input: ArticleInput): Suggestion[] {
  return extractAndJudgeArticle(input).suggestions;
}

/** Suggestions with each rule's own confidence: what the calibration is fitted on. */
export function extractArticleUncalibrated(input: ArticleInput): Suggestion[] {
  return extractAndJudgeArticle(input, { calibrated: false }).suggestions;
}

/**
 * The article's suggestions and whether it is about the schema's subject. An article that is not
 * gets nothing invented (no value derived from another or guessed: the rule's own confidence at
 * CONFIDENCE.derived and below) and every value it does state at OFF_SUBJECT_CONFIDENCE at most,
 * below the low threshold: the cap comes after calibration, so no fitted point can lift it.
 */
export function extractAndJudgeArticle(
  input: ArticleInput,
  options: { calibrated?: boolean } = {},
): ArticleExtraction {
  const calibrate = options.calibrated === false ? (s: Suggestion[]) => s : calibrateSuggestions;
  const article = new ArticleText(input.documentText, input.ranges);
  const subject = subjectOf(input.schema);
  const relevance = subject
    ? judgeRelevance(subject, article.text, input.title ? article.toMatchable(input.title) : null)
    : null;
  const suggestions = suggestionsOf(article, input);
  if (!relevance || relevance.onSubject) return { suggestions: calibrate(suggestions), relevance };
  const stated = suggestions.filter((s) => s.confidence > CONFIDENCE.derived);
  return {
    suggestions: calibrate(stated).map((s) => ({
      ...s,
      confidence: Math.min(s.confidence, OFF_SUBJECT_CONFIDENCE),
    })),
    relevance,
  };
}

function suggestionsOf(article: ArticleText, input: ArticleInput): Suggestion[] {
  const live = input.schema.fields.filter((f) => !f.retired);
  const memo = new Map<string, unknown>();
  const base = {
    article,
    words: new ArticleWords(article.text),
    schema: input.schema,
    // Matched against the simplified view like the text; values are read back as written.
    title: input.title ? article.toMatchable(input.title) : null,
    kicker: input.kicker ? article.toMatchable(input.kicker) : null,
    articleDate: input.articleDate,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  // Written out, not spread from base: a spread copies property by property on a slow path, and
  // this runs for every extractor of every article.
  const contextWith = (fields: ReadonlyMap<string, Field>): ExtractionContext => ({
    article: base.article,
    words: base.words,
    schema: base.schema,
    fields,
    title: base.title,
    kicker: base.kicker,
    articleDate: base.articleDate,
    memo: base.memo,
  });
  // Suggestions are gathered with loops, not push(...list): a long page yields more of them than
  // a call may have arguments.
  const suggestions: Suggestion[] = [];
  for (const { extractor, taking, fields } of extractorPlanOf(input.schema, live)) {
    const ctx = contextWith(fields);
    for (const suggestion of extractor.run(ctx)) {
      // Each field taking the output gets the suggestion under its own key.
      for (const field of taking.get(suggestion.field) ?? []) {
        suggestions.push(
          field.key === suggestion.field ? suggestion : { ...suggestion, field: field.key },
        );
      }
    }
  }
  for (const field of live) {
    if (!field.patterns?.length) continue;
    const found = runFieldPatterns(contextWith(ownFieldOf(field)), field);
    for (const suggestion of found) suggestions.push(suggestion);
  }
  return tidy(suggestions, live);
}

/**
 * For each extractor the live fields refer to, the fields taking each of its outputs (by output
 * name), in schema order. A reference this build cannot resolve (an unknown id, an output that
 * does not exist) takes nothing: saving a schema refuses those (shared/schema/mapping.ts).
 */
function outputsTaken(live: readonly Field[]): Map<string, Map<string, Field[]>> {
  const byExtractor = new Map<string, Map<string, Field[]>>();
  for (const field of live) {
    for (const ref of field.extractors) {
      const { id } = refParts(ref);
      const extractor = EXTRACTORS_BY_ID.get(id);
      if (!extractor) continue;
      const output = outputFor(field, ref, extractor);
      if (typeof output === 'string') continue;
      const taking = byExtractor.get(id) ?? new Map<string, Field[]>();
      byExtractor.set(id, taking);
      const list = taking.get(output.name) ?? [];
      if (!list.includes(field)) list.push(field);
      taking.set(output.name, list);
    }
  }
  return byExtractor;
}

/**
 * The last plan of each schema, with what it was made from: a job extracts thousands of articles
 * with one schema. It is used again only while the schema holds the same field objects with the
 * same key, retired flag and extractor list (nothing edits a parsed schema in place today, but a
 * stale plan would run the wrong rules).
 */
interface ExtractorPlan {
  fields: readonly Field[];
  made: { key: string; retired: boolean | undefined; extractors: Field['extractors'] }[];
  steps: ExtractorStep[];
}
/**
 * One extractor to run: the fields taking each of its outputs, and the first of them by output
 * name (the context's `fields`), built once per plan rather than for every article.
 */
interface ExtractorStep {
  extractor: Extractor;
  taking: Map<string, Field[]>;
  fields: ReadonlyMap<string, Field>;
}
const plans = new WeakMap<FieldSchema, ExtractorPlan>();

function extractorPlanOf(schema: FieldSchema, live: readonly Field[]): ExtractorStep[] {
  const known = plans.get(schema);
  if (known && madeFrom(known, schema.fields)) return known.steps;
  const steps: ExtractorStep[] = [];
  for (const [id, taking] of outputsTaken(live)) {
    const extractor = EXTRACTORS_BY_ID.get(id);
    if (!extractor) continue; // an extractor this build does not have: the schema still loads
    const fields = new Map<string, Field>([...taking].map(([output, list]) => [output, list[0]!]));
    steps.push({ extractor, taking, fields });
  }
  const plan: ExtractorPlan = {
    fields: [...schema.fields],
    made: schema.fields.map(({ key, retired, extractors }) => ({ key, retired, extractors })),
    steps,
  };
  plans.set(schema, plan);
  return plan.steps;
}

/** A field's context map of its own patterns' run, one per field object (patterns run per article). */
const ownFields = new WeakMap<Field, ReadonlyMap<string, Field>>();

function ownFieldOf(field: Field): ReadonlyMap<string, Field> {
  let own = ownFields.get(field);
  if (own?.get(field.key) !== field) ownFields.set(field, (own = new Map([[field.key, field]])));
  return own!;
}

function madeFrom(plan: ExtractorPlan, fields: readonly Field[]): boolean {
  if (plan.fields.length !== fields.length) return false;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const made = plan.made[i]!;
    if (
      plan.fields[i] !== field ||
      made.key !== field.key ||
      made.retired !== field.retired ||
      made.extractors !== field.extractors
    )
      return false;
  }
  return true;
}

/** Object keys as JSON strings, kept: suggestions' values use a handful of keys over and over. */
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 10_000;

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/**
 * JSON with sorted keys, so that equal values give equal keys whatever their key order. Built in
 * one string without intermediate arrays: tidy() keys every suggestion by it.
 */
export function canonicalJson(value: unknown): string {
  // Primitives as JSON.stringify writes them (a number as String does, NaN and ±Infinity as null).
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // As Array.prototype.join: an element with no JSON (undefined) writes nothing.
      out += (canonicalJson(value[i]) as string | undefined) ?? '';
    }
    return `${out}]`;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // The default sort compares UTF-16 code units, as the keys' `<` does.
    // Sorted as the default sort does (UTF-16 code units), by insertion: a value has few keys.
    const keys = sortStably(Object.keys(record), (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let out = '{';
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      if (out.length > 1) out += ',';
      out += `${quotedKey(key)}:${canonicalJson(v)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

/**
 * Sorts `list` in place, stably, as Array.prototype.sort does. A short list (most of tidy's: a
 * value's spans, a field's values) is sorted by insertion, which allocates nothing, where every
 * call of the built-in sort allocates its work space (tidy's sorts were 8% of the bytes extraction
 * allocated).
 */
function sortStably<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT_LIST) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(list[j]!, item) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = item;
  }
  return list;
}
const SHORT_LIST = 24;

/** Spans in document order, each once. */
function uniqueSpans(spans: SourceSpan[]): SourceSpan[] {
  if (spans.length < 2) return spans;
  sortStably(spans, (x, y) => x.start - y.start || x.end - y.end);
  return spans.filter(
    (s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end,
  );
}

/** A value read once or more: the best suggestion of it and every span it was read at. */
interface MergedValue {
  best: Suggestion;
  spans: SourceSpan[];
}

/**
 * One field's values in the order first read, found by their value: a string by itself (a string
 * hashes once; a key built by concatenation hashed anew at every suggestion), any other value by
 * its type and canonical JSON.
 */
interface FieldValues {
  list: MergedValue[];
  strings: Map<string, MergedValue>;
  /**
   * The field's first value that is no string, kept without its key: most fields hold one such
   * value an article, and its canonical JSON is written only once a second one comes to compare.
   */
  firstOther: { value: unknown; merged: MergedValue } | null;
  others: Map<string, MergedValue> | null;
}

/** The key a value that is no string is told apart by: its type and its canonical JSON. */
function otherKey(value: unknown): string {
  return `${typeof value}\u0000${canonicalJson(value)}`;
}

function tidy(suggestions: Suggestion[], fields: Field[]): Suggestion[] {
  const merged = new Map<string, FieldValues>();
  for (const s of suggestions) {
    let values = merged.get(s.field);
    if (!values)
      merged.set(
        s.field,
        (values = { list: [], strings: new Map(), firstOther: null, others: null }),
      );
    const isString = typeof s.value === 'string';
    let key: string | null = null;
    let seen: MergedValue | undefined;
    if (isString) seen = values.strings.get(s.value as string);
    else if (values.firstOther) {
      const first = values.firstOther;
      values.others ??= new Map([[otherKey(first.value), first.merged]]);
      key = otherKey(s.value);
      seen = values.others.get(key);
    }
    if (!seen) {
      const value = { best: s, spans: [...s.spans] };
      if (isString) values.strings.set(s.value as string, value);
      else if (key !== null) values.others!.set(key, value);
      else values.firstOther = { value: s.value, merged: value };
      values.list.push(value);
    } else {
      for (const span of s.spans) seen.spans.push(span);
      if (s.confidence > seen.best.confidence) seen.best = s;
    }
  }
  const byField = new Map<string, Suggestion[]>();
  for (const [field, values] of merged)
    byField.set(
      field,
      values.list.map(({ best, spans }) => {
        const unique = uniqueSpans(spans);
        return { ...best, spans: unique, raw: unique[0]!.text };
      }),
    );
  const out: Suggestion[] = [];
  for (const field of fields) {
    const list = byField.get(field.key);
    if (!list) continue;
    if (field.cardinality === 'one') {
      // The first of the best, where a stable sort would put it, without sorting: every sort call
      // allocates its work space, and tidy runs for every article.
      let best = list[0]!;
      for (let i = 1; i < list.length; i++) if (better(list[i]!, best) < 0) best = list[i]!;
      out.push(best);
    } else {
      // In text order; values first read at the same place, best first.
      sortStably(list, (a, b) => a.spans[0]!.start - b.spans[0]!.start || better(a, b));
      for (const s of list) out.push(s);
    }
  }
  return out;
}

/** Best first: confidence, then how often the value was read, then where it first appears. */
function better(a: Suggestion, b: Suggestion): number {
  return (
    b.confidence - a.confidence ||
    b.spans.length - a.spans.length ||
    a.spans[0]!.start - b.spans[0]!.start
  );
}
