/**
 * Runs a schema's extractors over one article and tidies what they propose: one suggestion per
 * field and value (with every span it was read at), and only the best one for single-valued fields.
 */
import type { CodePointRange } from '../text/codepoints';
import type { CodePointIndex } from '../text/codepoints';
import { HOSPITAL_SUBJECT, subjectOf, type Field, type FieldSchema } from '../schema';
import { ArticleText } from './article-text';
import { calibrateSuggestions } from './calibration';
import { CONFIDENCE, OFF_SUBJECT_CONFIDENCE } from './confidence';
import { judgeRelevance, type RelevanceVerdict } from './relevance';
import { subjectEvidence } from './subject-evidence';
import { extractorPlanOf, ownFieldOf } from './extractor-plan';
import { patternsSkippedOf, runFieldPatterns, type SkippedPattern } from './rules/patterns';
import { SuggestionTidy } from './tidy-suggestions';
import type { ArticleDate, ExtractionContext, Suggestion } from './types';
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
  /**
   * Field patterns not run on this article because they ran over their time budget, on it or
   * on an article before it (rules/pattern-runner.ts); absent when every pattern ran. The job's
   * report names them, so a skipped pattern is not a silent hole in the suggestions.
   */
  patternsSkipped?: SkippedPattern[];
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
  return extractAndJudgeArticles([input], options)[0]!;
}

/**
 * Articles at a most this many are run together, rule by rule (see extractAndJudgeArticles): a
 * batch's articles, views and suggestions are alive at once.
 */
const BATCH = 64;

/**
 * extractAndJudgeArticle for each input, with the same output, in order; the articles of a schema
 * run a batch at a time, each rule over every article of the batch before the next rule. Each rule
 * reads its own patterns and tables (posts, divisions, value patterns, the segmenter's dictionary):
 * article by article, every rule found them pushed out of the processor's caches by the rules
 * before it, and paid for reading them back at every article.
 */
export function extractAndJudgeArticles(
  inputs: readonly ArticleInput[],
  options: { calibrated?: boolean } = {},
): ArticleExtraction[] {
  const out: ArticleExtraction[] = [];
  let from = 0;
  while (from < inputs.length) {
    // A batch ends at BATCH articles or where the schema changes.
    let to = from + 1;
    while (to < inputs.length && to - from < BATCH && inputs[to]!.schema === inputs[from]!.schema)
      to++;
    for (const extraction of extractBatch(inputs.slice(from, to), options)) out.push(extraction);
    from = to;
  }
  return out;
}

/** One batch of articles of one schema. */
function extractBatch(
  inputs: readonly ArticleInput[],
  options: { calibrated?: boolean },
): ArticleExtraction[] {
  const calibrate = options.calibrated === false ? uncalibrated : calibrateSuggestions;
  const schema = inputs[0]!.schema;
  const subject = subjectOf(schema);
  const live = schema.fields.filter((f) => !f.retired);
  const bases: Omit<ExtractionContext, 'fields'>[] = [];
  for (const input of inputs) {
    const article = new ArticleText(input.documentText, input.ranges);
    bases.push(baseContext(article, input));
  }
  const skipped: (SkippedPattern[] | undefined)[] = [];
  const found = suggestionsOf(bases, schema, live, skipped);
  // The institutions an article names speak for the subject only where it is their kind: the
  // built-in hospital subject, or a schema that says which kind of institution it is about (a
  // school schema's subject is no hospital, the kind it would default to).
  const judgedByInstitution =
    subject === HOSPITAL_SUBJECT || schema.subjectInstitution !== undefined;
  return found.map((suggestions, i) => {
    const base = bases[i]!;
    const skips = skipped[i] ? { patternsSkipped: skipped[i] } : {};
    // After the rules: the subject the hospital rule resolved is read from the article's memo.
    const relevance = subject
      ? judgeRelevance(
          subject,
          base.article.text,
          base.title,
          judgedByInstitution ? subjectEvidence(contextWith(base, NO_FIELDS)) : null,
        )
      : null;
    if (!relevance || relevance.onSubject)
      return { suggestions: calibrate(suggestions), relevance, ...skips };
    const stated = suggestions.filter((s) => s.confidence > CONFIDENCE.derived);
    return {
      suggestions: calibrate(stated).map((s) => ({
        ...s,
        confidence: Math.min(s.confidence, OFF_SUBJECT_CONFIDENCE),
      })),
      relevance,
      ...skips,
    };
  });
}

/** The fields of the context the subject's evidence is read in: it reads no field. */
const NO_FIELDS: ReadonlyMap<string, Field> = new Map();

function uncalibrated(suggestions: Suggestion[]): Suggestion[] {
  return suggestions;
}

/** What every extractor of one article shares (a module function: tsx names closures). */
function baseContext(article: ArticleText, input: ArticleInput): Omit<ExtractionContext, 'fields'> {
  const memo = new Map<string, unknown>();
  return {
    article,
    words: new ArticleWords(article.text),
    schema: input.schema,
    // Matched against the simplified view like the text; values are read back as written.
    title: input.title ? article.toMatchable(input.title) : null,
    kicker: input.kicker ? article.toMatchable(input.kicker) : null,
    articleDate: input.articleDate,
    memo<T>(key: string, compute: () => T): T {
      // One lookup when the value is there (every rule asks for the shared ones again).
      const known = memo.get(key);
      if (known !== undefined || memo.has(key)) return known as T;
      const computed = compute();
      memo.set(key, computed);
      return computed;
    },
  };
}

/** Each article's tidied suggestions, every rule run over all the articles before the next. */
function suggestionsOf(
  bases: readonly Omit<ExtractionContext, 'fields'>[],
  schema: FieldSchema,
  live: Field[],
  /** Filled with each article's field patterns skipped as over their budget. */
  skipped: (SkippedPattern[] | undefined)[],
): Suggestion[][] {
  // Each rule's suggestions are merged into their values as the rule returns them, not gathered
  // first: a long page's rules yield a suggestion at every mention (a million of them on a 20 MB
  // page that repeats one sentence), which held together took hundreds of megabytes.
  const found = bases.map(() => new SuggestionTidy());
  for (const { extractor, taking, fields } of extractorPlanOf(schema, live)) {
    for (let i = 0; i < bases.length; i++) {
      const tidy = found[i]!;
      for (const suggestion of extractor.run(contextWith(bases[i]!, fields))) {
        // Each field taking the output gets the suggestion under its own key.
        for (const field of taking.get(suggestion.field) ?? []) {
          tidy.add(
            field.key === suggestion.field ? suggestion : { ...suggestion, field: field.key },
          );
        }
      }
    }
  }
  for (const field of live) {
    if (!field.patterns?.length) continue;
    for (let i = 0; i < bases.length; i++) {
      const tidy = found[i]!;
      for (const suggestion of runFieldPatterns(contextWith(bases[i]!, ownFieldOf(field)), field))
        tidy.add(suggestion);
      const skips = patternsSkippedOf(field);
      if (skips.length > 0) (skipped[i] ??= []).push(...skips);
    }
  }
  return found.map((tidy) => tidy.result(live));
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
