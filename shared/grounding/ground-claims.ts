/**
 * Grounds the values a model claims for an article. A claim becomes a suggestion only with a span
 * of the article's exact characters; the rest are kept apart as ungrounded, so that they can be
 * shown for what they are and never exported as if they had provenance.
 */
import type { CodePointRange } from '../text/codepoints';
import { groundQuote } from './ground-quote';

export interface Claim {
  field: string;
  value: string;
  quote: string;
}

export interface GroundedClaim extends Claim {
  span: CodePointRange;
  /** 'exact' when the quote is verbatim, 'aligned' when found across breaks, widths or scripts. */
  match: 'exact' | 'aligned';
}

export interface UngroundedClaim extends Claim {
  reason: 'empty-quote' | 'not-found' | 'unknown-field';
}

export interface GroundedClaims {
  grounded: GroundedClaim[];
  ungrounded: UngroundedClaim[];
}

/**
 * Each claim is grounded at the first occurrence of its quote; a claim repeating a quote already
 * grounded for the same field takes the next occurrence (a name stated twice is two spans).
 */
export function groundClaims(
  text: string,
  claims: readonly Claim[],
  fieldKeys: ReadonlySet<string>,
): GroundedClaims {
  const grounded: GroundedClaim[] = [];
  const ungrounded: UngroundedClaim[] = [];
  const nextFrom = new Map<string, number>();
  for (const claim of claims) {
    if (!fieldKeys.has(claim.field)) {
      ungrounded.push({ ...claim, reason: 'unknown-field' });
      continue;
    }
    const repeatKey = `${claim.field}\u0000${claim.quote}`;
    let grounding = groundQuote(text, claim.quote, nextFrom.get(repeatKey) ?? 0);
    if (grounding.kind === 'ungrounded' && nextFrom.has(repeatKey)) {
      grounding = groundQuote(text, claim.quote);
    }
    if (grounding.kind === 'ungrounded') {
      ungrounded.push({ ...claim, reason: grounding.reason });
      continue;
    }
    nextFrom.set(repeatKey, grounding.end);
    grounded.push({
      ...claim,
      span: { start: grounding.start, end: grounding.end },
      match: grounding.kind,
    });
  }
  return { grounded, ungrounded };
}
