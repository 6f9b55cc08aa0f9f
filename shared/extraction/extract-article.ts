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
import { tidySuggestions } from './tidy-suggestions';
import type { ArticleDate, ExtractionContext, Extractor, Suggestion } from './types';
import { ArticleWords } from './words';

export { canonicalJson } from './tidy-suggestions';

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
  const calibrate = options.calibrated === false ? uncalibrated : calibrateSuggestions;
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

function uncalibrated(suggestions: Suggestion[]): Suggestion[] {
  return suggestions;
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

  // Suggestions are gathered with loops, not push(...list): a long page yields more of them than
  // a call may have arguments.
  const suggestions: Suggestion[] = [];
  for (const { extractor, taking, fields } of extractorPlanOf(input.schema, live)) {
    const ctx = contextWith(base, fields);
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
    const found = runFieldPatterns(contextWith(base, ownFieldOf(field)), field);
    for (const suggestion of found) suggestions.push(suggestion);
  }
  return tidySuggestions(suggestions, live);
}

/**
 * The context of one extractor. Written out, not spread from the base: a spread copies property
 * by property on a slow path, and this runs for every extractor of every article (a module
 * function rather than a closure per article, which tsx would also name).
 */
function contextWith(
  base: Omit<ExtractionContext, 'fields'>,
  fields: ReadonlyMap<string, Field>,
): ExtractionContext {
  return {
    article: base.article,
    words: base.words,
    schema: base.schema,
    fields,
    title: base.title,
    kicker: base.kicker,
    articleDate: base.articleDate,
    memo: base.memo,
  };
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
