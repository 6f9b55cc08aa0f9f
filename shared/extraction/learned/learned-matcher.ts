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
 *
 * A decision changes one entry, so `update` changes one entry: its patterns' entry lists are
 * edited in place, and a text the automaton does not have yet goes into a small second
 * automaton of recent texts, built again from those alone; once that holds more than about the
 * square root of the lexicon, both are built again as one. Compiling the whole lexicon after
 * every decision cost tens of milliseconds at 10,000 entries (bench/learning-update.ts).
 */
export class LearnedMatcher {
  private automaton!: Automaton;
  /** The texts of `recent`, which `automaton` does not have. */
  private recentPatterns: string[] = [];
  private recent: Automaton | null = null;
  /** entriesOf[pattern index]: the entries that pattern finds (one text, several fields). */
  private entriesOf: LearnedEntry[][] = [];
  /** Pattern index by text, over `automaton` then `recent`. */
  private readonly indexOf = new Map<string, number>();
  /** Blocked texts (and their twins) per field, each with how many entries block it. */
  private readonly blocked = new Map<string, Map<string, number>>();
  private readonly learnable: ReadonlySet<string>;
  private readonly one: ReadonlySet<string>;
  private count = 0;

  constructor(
    entries: readonly LearnedEntry[],
    schema: FieldSchema,
    private readonly threshold: number,
  ) {
    this.learnable = new Set(schema.fields.filter(isLearnableField).map((f) => f.key));
    this.one = new Set(schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key));
    for (const entry of entries) this.add(entry, false);
    this.rebuild();
  }

  /** How many entries the lexicon has (suggested, blocked or neither). */
  get size(): number {
    return this.count;
  }

  /**
   * Replaces one entry (`before`, as it was given to this matcher) by another (`after`, of the
   * same field and text); either may be undefined (an entry added, or gone).
   */
  update(before: LearnedEntry | undefined, after: LearnedEntry | undefined): void {
    if (before) this.remove(before);
    if (after) this.add(after, true);
  }

  private add(entry: LearnedEntry, incremental: boolean): void {
    this.count++;
    if (isBlocked(entry, this.threshold)) {
      for (const text of patternsOf(entry)) {
        let texts = this.blocked.get(entry.field);
        if (!texts) this.blocked.set(entry.field, (texts = new Map()));
        texts.set(text, (texts.get(text) ?? 0) + 1);
      }
    }
    if (!this.learnable.has(entry.field) || !isSuggested(entry, this.threshold)) return;
    let added = false;
    for (const pattern of patternsOf(entry)) {
      let index = this.indexOf.get(pattern);
      if (index === undefined) {
        index = this.entriesOf.length;
        this.indexOf.set(pattern, index);
        this.entriesOf.push([]);
        if (incremental) {
          this.recentPatterns.push(pattern);
          added = true;
        }
      }
      this.entriesOf[index]!.push(entry);
    }
    if (!added) return;
    // Past about √n recent texts, one build of everything costs less than building them again.
    if (this.recentPatterns.length > Math.max(64, 2 * Math.sqrt(this.entriesOf.length))) {
      this.rebuild();
    } else {
      this.recent = new Automaton(this.recentPatterns);
    }
  }

  private remove(entry: LearnedEntry): void {
    this.count--;
    const texts = this.blocked.get(entry.field);
    if (texts && isBlocked(entry, this.threshold)) {
      for (const text of patternsOf(entry)) {
        const n = texts.get(text) ?? 0;
        if (n <= 1) texts.delete(text);
        else texts.set(text, n - 1);
      }
    }
    for (const pattern of patternsOf(entry)) {
      const index = this.indexOf.get(pattern);
      if (index === undefined) continue;
      const list = this.entriesOf[index]!;
      const at = list.findIndex((e) => e.field === entry.field && e.text === entry.text);
      if (at >= 0) list.splice(at, 1);
    }
  }

  /** One automaton of every text some entry is found by (texts left without entries dropped). */
  private rebuild(): void {
    const patterns: string[] = [];
    const entriesOf: LearnedEntry[][] = [];
    const old = this.entriesOf;
    const texts = [...this.indexOfAll(old.length)];
    this.indexOf.clear();
    texts.forEach((pattern, i) => {
      const list = old[i]!;
      if (list.length === 0) return;
      this.indexOf.set(pattern, patterns.length);
      patterns.push(pattern);
      entriesOf.push(list);
    });
    this.entriesOf = entriesOf;
    this.automaton = new Automaton(patterns);
    this.recentPatterns = [];
    this.recent = null;
  }

  /** The texts of the pattern indexes 0…n-1, in index order. */
  private *indexOfAll(n: number): Generator<string> {
    const byIndex = new Array<string>(n);
    for (const [pattern, index] of this.indexOf) byIndex[index] = pattern;
    yield* byIndex;
  }

  /** Whether a rule's suggestion repeats a text the curators rejected for its field too often. */
  blocks(suggestion: Pick<Suggestion, 'field' | 'raw'>): boolean {
    const texts = this.blocked.get(suggestion.field);
    if (!texts || texts.size === 0) return false;
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
    const found = (pattern: number, start: number, end: number): void => {
      for (const entry of this.entriesOf[pattern]!) {
        const list = byField.get(entry.field) ?? [];
        list.push({ entry, start, end });
        byField.set(entry.field, list);
      }
    };
    this.automaton.scan(article.text, found);
    // The recent texts' indexes follow the automaton's.
    const base = this.automaton.patterns.length;
    this.recent?.scan(article.text, (pattern, start, end) => found(base + pattern, start, end));
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
          extractor: match.entry.extractor ?? LEARNED_EXTRACTOR,
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

/** The texts that find an entry: its own and its simplified twin. */
function patternsOf(entry: LearnedEntry): Set<string> {
  return new Set([entry.text, twinOf(entry.text)]);
}

/** Non-overlapping matches of one field: the earliest first, the longest of those starting there. */
function leftmostLongest(matches: Match[]): Match[] {
  // Entries found at the same place (a text and the twin of another) in a fixed order, so the
  // suggestion does not depend on the order the lexicon was built or updated in.
  matches.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      order(a.entry.text, b.entry.text) ||
      order(a.entry.extractor ?? '', b.entry.extractor ?? ''),
  );
  const kept: Match[] = [];
  let reached = -1;
  for (const match of matches) {
    if (match.start < reached) continue;
    kept.push(match);
    reached = match.end;
  }
  return kept;
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
