import type { ArticleText } from '../article-text';
import { OFF_SUBJECT_CONFIDENCE } from '../confidence';
import { canonicalJson } from '../extract-article';
import type { Suggestion } from '../types';
import type { LearnedMatcher } from './learned-matcher';

/** A value an article already has (suggested by a rule, or decided), as learning compares it. */
export interface PresentValue {
  field: string;
  valueKey: string;
}

/**
 * The learned suggestions that add something beside the values an article already has: not the
 * same value of the same field; a single-valued field gets a learned value only when nothing else
 * fills it (the rules' reading comes first). A learned text overlapping a rule's different
 * reading is kept beside it: curators kept exactly that text, where the rule often reads a
 * longer or shorter one (bench:learning: centres' recall 0.47 → 0.59 that way, none without).
 * Text a curator decided on in the article is kept out before this (repeatsDecision).
 */
export function learnedBeside(
  learned: readonly Suggestion[],
  present: readonly PresentValue[],
  singleValued: ReadonlySet<string>,
): Suggestion[] {
  const filled = new Set(present.map((v) => v.field));
  return learned.filter((suggestion) => {
    if (singleValued.has(suggestion.field) && filled.has(suggestion.field)) return false;
    const key = canonicalJson(suggestion.value);
    return !present.some((v) => v.field === suggestion.field && v.valueKey === key);
  });
}

/**
 * What extraction stores for an article once learning has had its say: the rules' suggestions
 * less those whose text the curators rejected too often for the field (counted as `blocked`),
 * then the learned ones that add to them. Off the schema's subject, learned suggestions are
 * capped like the rules' are. The article's text is only built when the lexicon has texts.
 */
export function joinLearned(
  matcher: LearnedMatcher,
  ruled: readonly Suggestion[],
  article: () => ArticleText,
  options: { singleValued: ReadonlySet<string>; offSubject: boolean },
): { suggestions: Suggestion[]; blocked: number } {
  if (matcher.size === 0) return { suggestions: [...ruled], blocked: 0 };
  const kept = ruled.filter((s) => !matcher.blocks(s));
  const present = kept.map((s) => ({ field: s.field, valueKey: canonicalJson(s.value) }));
  const learned = learnedBeside(matcher.suggest(article()), present, options.singleValued).map(
    (s) =>
      options.offSubject ? { ...s, confidence: Math.min(s.confidence, OFF_SUBJECT_CONFIDENCE) } : s,
  );
  return { suggestions: [...kept, ...learned], blocked: ruled.length - kept.length };
}
