/**
 * pattern:<field>@1 — the regular expressions a curator wrote into the schema for a field. The
 * group named `value` (else the first named group) is the value; its text is stored as written,
 * with whitespace removed, or as a number for integer and decimal fields.
 */
import { parseChineseNumber } from '../../values';
import { CONFIDENCE } from '../confidence';
import { present, squeeze, suggestAt } from '../suggest';
import type { Field } from '../../schema';
import type { ExtractionContext, Suggestion } from '../types';
import { patternTimedOut, runPattern } from './pattern-runner';

export function patternExtractorId(field: Field): string {
  return `pattern:${field.key.replace(/_/gu, '-')}@1`;
}

export function runFieldPatterns(ctx: ExtractionContext, field: Field): Suggestion[] {
  const { article } = ctx;
  // A curator may write a pattern in either script: on a traditional article it runs on the
  // simplified view and on the text as written (both have the same offsets); values are as written.
  const views = article.traditional ? [article.text, article.written] : [article.text];
  const out: (Suggestion | null)[] = [];
  const seen = new Set<string>();
  for (const pattern of field.patterns ?? []) {
    for (const text of views) {
      for (const { groups } of runPattern(pattern.regex, text)) {
        const name = 'value' in groups ? 'value' : Object.keys(groups).find((g) => groups[g]);
        const at = name ? groups[name] : undefined;
        if (!at || seen.has(`${at[0]}:${at[1]}`)) continue;
        seen.add(`${at[0]}:${at[1]}`);
        const written = squeeze(article.writtenAt(at[0], at[1]));
        const value =
          field.type === 'integer' || field.type === 'decimal'
            ? parseChineseNumber(squeeze(text.slice(at[0], at[1])))
            : written;
        if (value === null || value === '') continue;
        out.push(
          suggestAt(
            ctx,
            patternExtractorId(field),
            field.key,
            value,
            at[0],
            at[1],
            CONFIDENCE.clauseCue,
          ),
        );
      }
    }
  }
  return present(out);
}

/** A field pattern extraction did not run on an article (over its time budget). */
export interface SkippedPattern {
  field: string;
  pattern: string;
}

/** The field's patterns that ran over their budget in this thread, and so are skipped now. */
export function patternsSkippedOf(field: Field): SkippedPattern[] {
  const skipped: SkippedPattern[] = [];
  for (const pattern of field.patterns ?? [])
    if (patternTimedOut(pattern.regex)) skipped.push({ field: field.key, pattern: pattern.name });
  return skipped;
}
