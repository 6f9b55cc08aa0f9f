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

/** UTF-16 offset where the clause containing `at` starts (after 。；！？，, or a line break). */
export function clauseStart(text: string, at: number, stops = /[。；！？，,;!?\n：:]/u): number {
  let i = at;
  while (i > 0 && !stops.test(text[i - 1]!)) i--;
  return i;
}

/** UTF-16 offset where the clause containing `at` ends. */
export function clauseEnd(text: string, at: number, stops = /[。；！？，,;!?\n]/u): number {
  let i = at;
  while (i < text.length && !stops.test(text[i]!)) i++;
  return i;
}

/** UTF-16 start of the sentence containing `at` (after 。；！？ or a blank line). */
export function sentenceStart(text: string, at: number): number {
  return clauseStart(text, at, SENTENCE_STOP);
}

export function sentenceEnd(text: string, at: number): number {
  return clauseEnd(text, at, SENTENCE_STOP);
}
