import { SENTENCE_STOP } from '../text/sentence-ends';
import type { ExtractionContext, Suggestion } from './types';

/**
 * A suggestion read at UTF-16 offsets `[start, end)` of the article view, or null when those
 * offsets have no single document span (a match across two article ranges).
 */
export function suggestAt(
  ctx: ExtractionContext,
  extractor: string,
  field: string,
  value: unknown,
  start: number,
  end: number,
  confidence: number,
): Suggestion | null {
  if (!ctx.fields.has(field)) return null;
  const span = ctx.article.toSourceUtf16(start, end);
  if (!span) return null;
  return { field, value, raw: span.text, spans: [span], extractor, confidence };
}

/** Keeps the suggestions that are not null (a typed filter for the rules). */
export function present(list: (Suggestion | null)[]): Suggestion[] {
  return list.filter((s): s is Suggestion => s !== null);
}

/** Squeezes whitespace out of view text: OCR line breaks inside names and phrases. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

const CLAUSE_START_STOPS = /[。；！？，,;!?\n：:]/u;
const CLAUSE_END_STOPS = /[。；！？，,;!?\n]/u;

/**
 * Whether a pattern matches each UTF-16 unit alone, learnt unit by unit as the walks below meet
 * them (0 not asked yet, 1 a stop, 2 not), per pattern source and flags: the walks test one
 * character at a time, and a table read is cheaper than a regular expression run.
 */
const stopTables = new Map<string, Uint8Array>();
/** The same tables by pattern object, so that a pattern passed again finds its table at once. */
const stopTablesByPattern = new WeakMap<RegExp, Uint8Array>();

/** The test of one unit against `stops`, through its table. */
function stopTest(stops: RegExp): (unit: number) => boolean {
  // A global or sticky pattern's test depends on its lastIndex: asked as it is, never tabled.
  if (stops.global || stops.sticky) return (unit) => stops.test(String.fromCharCode(unit));
  let table = stopTablesByPattern.get(stops);
  if (!table) {
    const key = `${stops.flags}/${stops.source}`;
    table = stopTables.get(key);
    if (!table) stopTables.set(key, (table = new Uint8Array(0x10000)));
    stopTablesByPattern.set(stops, table);
  }
  const units = table;
  return (unit) => {
    let known = units[unit]!;
    if (known === 0) units[unit] = known = stops.test(String.fromCharCode(unit)) ? 1 : 2;
    return known === 1;
  };
}

/**
 * How far a clause or sentence reaches from the point asked about, in UTF-16 units. Rules read
 * the clause around each mention they find; on a page with no stop at all (a line of 40,000
 * characters repeating 1床 or 投资) every mention's clause was the whole line, and a page of
 * such lines took minutes. Real sentences are far shorter (the seeds' longest has 207 characters).
 */
export const LONGEST_CLAUSE = 1000;

/** UTF-16 offset where the clause containing `at` starts (after 。；！？，, or a line break). */
export function clauseStart(text: string, at: number, stops = CLAUSE_START_STOPS): number {
  const isStop = stopTest(stops);
  const bound = Math.max(0, at - LONGEST_CLAUSE);
  let i = at;
  while (i > bound && !isStop(text.charCodeAt(i - 1))) i--;
  return i;
}

/** UTF-16 offset where the clause containing `at` ends. */
export function clauseEnd(text: string, at: number, stops = CLAUSE_END_STOPS): number {
  const isStop = stopTest(stops);
  const bound = Math.min(text.length, at + LONGEST_CLAUSE);
  let i = at;
  while (i < bound && !isStop(text.charCodeAt(i))) i++;
  return i;
}

/** UTF-16 start of the sentence containing `at` (after 。；！？ or a blank line). */
export function sentenceStart(text: string, at: number): number {
  return clauseStart(text, at, SENTENCE_STOP);
}

export function sentenceEnd(text: string, at: number): number {
  return clauseEnd(text, at, SENTENCE_STOP);
}
