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
  const merged = new Map<string, FieldValues>();
  for (const s of suggestions) {
    let values = merged.get(s.field);
    if (!values)
      merged.set(s.field, (values = { list: [], strings: new Map(), otherList: [], others: null }));
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
      const value = { best: s, spans: [...s.spans] };
      if (isString) values.strings.set(s.value as string, value);
      else {
        values.otherList.push({ value: s.value, merged: value });
        if (key !== null) values.others!.set(key, value);
      }
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
