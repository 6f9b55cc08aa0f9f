import type { FieldSchema } from '../../schema';
import type { ArticleText } from '../article-text';
import { CONFIDENCE } from '../confidence';
import { canonicalJson } from '../extract-article';
import { simplifiedView } from '../simplified-view';
import type { SourceSpan, Suggestion } from '../types';
import { Automaton } from './automaton';
import {
  LEARNED_EXTRACTOR,
  isBlocked,
  isLearnableField,
  isSuggested,
  type LearnedEntry,
} from './learned-entry';
import { learnedKey } from './learned-key';

/**
 * Simplified twins already converted: the lexicon is compiled again after every decision, and
 * OpenCC converting 20,000 texts each time took 0.7 s. Cleared when it grows past a bound.
 */
const twins = new Map<string, string>();
const MAX_TWINS = 200_000;

/** The simplified form of a learned text (itself when it has no traditional character). */
export function twinOf(text: string): string {
  let twin = twins.get(text);
  if (twin === undefined) {
    if (twins.size >= MAX_TWINS) twins.clear();
    twin = simplifiedView(text);
    twins.set(text, twin);
  }
  return twin;
}

/** Occurrences of one value kept at most per suggestion (as values-repository stores them). */
const MAX_SPANS = 100;

interface Match {
  entry: LearnedEntry;
  /** UTF-16 offsets of the article's view. */
  start: number;
  end: number;
}

/**
 * A project's learned lexicon compiled for scanning: the texts learning suggests (each with its
 * simplified twin, since extraction reads traditional articles through their simplified view),
 * in one automaton, and the texts whose rejections stop them, per field.
 */
export class LearnedMatcher {
  private readonly automaton: Automaton;
  /** entriesOf[pattern index]: the entries that pattern finds (one text, several fields). */
  private readonly entriesOf: LearnedEntry[][];
  private readonly blocked: Map<string, Set<string>>;
  private readonly one: ReadonlySet<string>;
  /** How many texts learning looks for. */
  readonly size: number;

  constructor(entries: readonly LearnedEntry[], schema: FieldSchema, threshold: number) {
    const learnable = new Set(schema.fields.filter(isLearnableField).map((f) => f.key));
    this.one = new Set(schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key));
    const byPattern = new Map<string, LearnedEntry[]>();
    this.blocked = new Map();
    for (const entry of entries) {
      if (isBlocked(entry, threshold)) {
        let texts = this.blocked.get(entry.field);
        if (!texts) this.blocked.set(entry.field, (texts = new Set()));
        texts.add(entry.text);
        texts.add(twinOf(entry.text));
      }
      if (!learnable.has(entry.field) || !isSuggested(entry, threshold)) continue;
      for (const pattern of new Set([entry.text, twinOf(entry.text)])) {
        const list = byPattern.get(pattern) ?? [];
        list.push(entry);
        byPattern.set(pattern, list);
      }
    }
    const patterns = [...byPattern.keys()];
    this.automaton = new Automaton(patterns);
    this.entriesOf = patterns.map((p) => byPattern.get(p)!);
    this.size = entries.length;
  }

  /** Whether a rule's suggestion repeats a text the curators rejected for its field too often. */
  blocks(suggestion: Pick<Suggestion, 'field' | 'raw'>): boolean {
    const texts = this.blocked.get(suggestion.field);
    if (!texts) return false;
    const key = learnedKey(suggestion.raw);
    return texts.has(key) || texts.has(twinOf(key));
  }

  /**
   * Learned suggestions for an article: every occurrence of a learned text in its reading view
   * (leftmost-longest per field, so `北京协和医院` wins over the `协和医院` inside it), one
   * suggestion per field and value with all its spans; a single-valued field gets the value most
   * often kept.
   */
  suggest(article: ArticleText): Suggestion[] {
    const byField = new Map<string, Match[]>();
    this.automaton.scan(article.text, (pattern, start, end) => {
      for (const entry of this.entriesOf[pattern]!) {
        const list = byField.get(entry.field) ?? [];
        list.push({ entry, start, end });
        byField.set(entry.field, list);
      }
    });
    const suggestions: Suggestion[] = [];
    for (const [field, matches] of byField) {
      const found = this.suggestionsOfField(article, field, leftmostLongest(matches));
      for (const suggestion of found) suggestions.push(suggestion);
    }
    return suggestions;
  }

  private suggestionsOfField(article: ArticleText, field: string, matches: Match[]): Suggestion[] {
    const byValue = new Map<string, { suggestion: Suggestion; entry: LearnedEntry }>();
    for (const match of matches) {
      const span = article.toSourceUtf16(match.start, match.end);
      if (!span) continue;
      const value = match.entry.value ?? learnedKey(article.writtenAt(match.start, match.end));
      const key = canonicalJson(value);
      const known = byValue.get(key);
      if (known) {
        if (known.suggestion.spans.length < MAX_SPANS) known.suggestion.spans.push(span);
        continue;
      }
      byValue.set(key, {
        entry: match.entry,
        suggestion: {
          field,
          value,
          raw: span.text,
          spans: [span],
          extractor: LEARNED_EXTRACTOR,
          confidence: confidenceOf(match.entry),
        },
      });
    }
    let found = [...byValue.values()];
    if (this.one.has(field) && found.length > 1) {
      found = [found.reduce((best, next) => (next.entry.keeps > best.entry.keeps ? next : best))];
    }
    return found.map(({ suggestion }) => ({ ...suggestion, spans: inOrder(suggestion.spans) }));
  }
}

/** Non-overlapping matches of one field: the earliest first, the longest of those starting there. */
function leftmostLongest(matches: Match[]): Match[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  let reached = -1;
  for (const match of matches) {
    if (match.start < reached) continue;
    kept.push(match);
    reached = match.end;
  }
  return kept;
}

function inOrder(spans: SourceSpan[]): SourceSpan[] {
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A text kept once is a lead (below the clause cues of the rules); each further article that
 * kept it makes it likelier, rejections less likely; never as sure as a fixed form.
 */
function confidenceOf(entry: LearnedEntry): number {
  if (entry.status === 'kept' && entry.keeps === 0) return CONFIDENCE.weakCue;
  const share = (entry.keeps + 1) / (entry.keeps + entry.rejects + 2);
  const support = Math.min(entry.keeps, 4) * 0.05;
  return (
    Math.round(Math.min(CONFIDENCE.strongCue, CONFIDENCE.guess + share * 0.3 + support) * 100) / 100
  );
}
