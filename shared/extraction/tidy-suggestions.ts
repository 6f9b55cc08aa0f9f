/**
 * What extraction does with the rules' suggestions before it returns them: the same value read
 * more than once becomes one suggestion holding every span (values told apart by their canonical
 * JSON), and a single-valued field keeps its best value.
 */
import type { Field } from '../schema';
import { sameCanonicalValue } from './same-value';
import type { SourceSpan, Suggestion } from './types';

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

/**
 * Mentions of one value kept while the rules run, the first in document order: a 20 MB page that
 * repeats one sentence read each of its values 238,000 times, and every mention held as a span
 * until the end took about 80 MB per value. Far more than the project stores
 * (MAX_STORED_SPANS, electron/database/values-repository.ts) or a curator steps through; no
 * article of normal length comes near it, and past it only the spans after the first KEPT_SPANS
 * are left out (the value, its raw text and its first mentions are the same).
 */
export const KEPT_SPANS = 1000;

/** A value read once or more: the best suggestion of it and every span it was read at. */
interface MergedValue {
  best: Suggestion;
  /** Its spans as read, until there are 2 × KEPT_SPANS: then the first KEPT_SPANS, each once. */
  spans: SourceSpan[];
  /**
   * Distinct spans left out past KEPT_SPANS, counted for the ranking of values (how often each
   * was read). A span read again after it was left out, by another rule, counts twice: only a
   * value read over KEPT_SPANS times can be ranked differently by it.
   */
  dropped: number;
}

function addSpan(value: MergedValue, span: SourceSpan): void {
  value.spans.push(span);
  if (value.spans.length >= 2 * KEPT_SPANS) keepFirstSpans(value);
}

/** Sorts the value's spans, each once, and leaves out all but the first KEPT_SPANS. */
function keepFirstSpans(value: MergedValue): void {
  const unique = uniqueSpans(value.spans);
  if (unique.length > KEPT_SPANS) {
    value.dropped += unique.length - KEPT_SPANS;
    unique.length = KEPT_SPANS;
  }
  value.spans = unique;
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
   * The values that are no string: compared one by one while they are few (most fields hold a
   * handful an article, and comparing them where they stand costs less than writing each out as
   * JSON and hashing it), then by their key once there are many, or once one is not plain data.
   */
  otherList: { value: unknown; merged: MergedValue }[];
  others: Map<string, MergedValue> | null;
}

/** How many values that are no string a field compares one by one before it keys them. */
const COMPARED_ONE_BY_ONE = 16;

/** The key a value that is no string is told apart by: its type and its canonical JSON. */
function otherKey(value: unknown): string {
  return `${typeof value}\u0000${canonicalJson(value)}`;
}

/**
 * The merged value that `value` (no string) is the same value as, compared one by one; null when
 * the field's values must be keyed instead (too many, or one that is not plain data).
 */
function sameOneByOne(
  list: FieldValues['otherList'],
  value: unknown,
): MergedValue | undefined | null {
  if (list.length >= COMPARED_ONE_BY_ONE) return null;
  for (const other of list) {
    if (typeof other.value !== typeof value) continue; // the key holds the type: never the same
    const same = sameCanonicalValue(other.value, value);
    if (same === null) return null;
    if (same) return other.merged;
  }
  return undefined;
}

function keyedOthers(list: FieldValues['otherList']): Map<string, MergedValue> {
  const keyed = new Map<string, MergedValue>();
  for (const other of list) keyed.set(otherKey(other.value), other.merged);
  return keyed;
}

/**
 * One suggestion per field and value, with every span it was read at and the best confidence it
 * was read with; a single-valued field keeps its best value only; fields in schema order.
 */
export function tidySuggestions(suggestions: Suggestion[], fields: Field[]): Suggestion[] {
  const tidy = new SuggestionTidy();
  for (const s of suggestions) tidy.add(s);
  return tidy.result(fields);
}

/**
 * tidySuggestions fed one suggestion at a time, as the rules yield them: a suggestion read again
 * is merged into its value at once and not kept, so an article's memory holds its distinct values
 * (and at most 2 × KEPT_SPANS spans of each), not every mention the rules found.
 */
export class SuggestionTidy {
  private readonly merged = new Map<string, FieldValues>();

  add(s: Suggestion): void {
    let values = this.merged.get(s.field);
    if (!values)
      this.merged.set(
        s.field,
        (values = { list: [], strings: new Map(), otherList: [], others: null }),
      );
    const isString = typeof s.value === 'string';
    let key: string | null = null;
    let seen: MergedValue | undefined | null;
    if (isString) seen = values.strings.get(s.value as string);
    else {
      seen = values.others ? null : sameOneByOne(values.otherList, s.value);
      if (seen === null) {
        values.others ??= keyedOthers(values.otherList);
        key = otherKey(s.value);
        seen = values.others.get(key);
      }
    }
    if (!seen) {
      const value: MergedValue = { best: s, spans: [], dropped: 0 };
      for (const span of s.spans) addSpan(value, span);
      if (isString) values.strings.set(s.value as string, value);
      else {
        values.otherList.push({ value: s.value, merged: value });
        if (key !== null) values.others!.set(key, value);
      }
      values.list.push(value);
    } else {
      for (const span of s.spans) addSpan(seen, span);
      if (s.confidence > seen.best.confidence) seen.best = s;
    }
  }

  /** The tidied suggestions of every field of `fields` (in schema order). */
  result(fields: Field[]): Suggestion[] {
    const byField = new Map<string, Ranked[]>();
    for (const [field, values] of this.merged) byField.set(field, values.list.map(rankedOf));
    const out: Suggestion[] = [];
    for (const field of fields) {
      const list = byField.get(field.key);
      if (!list) continue;
      if (field.cardinality === 'one') {
        // The first of the best, where a stable sort would put it, without sorting: every sort
        // call allocates its work space, and tidy runs for every article.
        let best = list[0]!;
        for (let i = 1; i < list.length; i++) if (better(list[i]!, best) < 0) best = list[i]!;
        out.push(best.suggestion);
      } else {
        // In text order; values first read at the same place, best first.
        sortStably(
          list,
          (a, b) => a.suggestion.spans[0]!.start - b.suggestion.spans[0]!.start || better(a, b),
        );
        for (const s of list) out.push(s.suggestion);
      }
    }
    return out;
  }
}

/** A tidied suggestion and how many distinct places it was read at (its spans and those left out). */
interface Ranked {
  suggestion: Suggestion;
  mentions: number;
}

function rankedOf(value: MergedValue): Ranked {
  keepFirstSpans(value);
  const spans = value.spans;
  return {
    suggestion: { ...value.best, spans, raw: spans[0]!.text },
    mentions: spans.length + value.dropped,
  };
}

/** Best first: confidence, then how often the value was read, then where it first appears. */
function better(a: Ranked, b: Ranked): number {
  return (
    b.suggestion.confidence - a.suggestion.confidence ||
    b.mentions - a.mentions ||
    a.suggestion.spans[0]!.start - b.suggestion.spans[0]!.start
  );
}
