/**
 * Agreement between two annotators (double annotation, issue 20): F1 of the values each kept,
 * a value counting as the same only with the same content and exactly the same spans, and
 * Cohen's kappa of their accept/reject decisions on the suggestions both decided.
 */

/** F1 of two sets (symmetric: precision of one is recall of the other); null when both are empty. */
export function setF1(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let both = 0;
  for (const key of a) if (b.has(key)) both++;
  return (2 * both) / (a.size + b.size);
}

export type Decision = 'accept' | 'reject';

/**
 * Cohen's kappa of paired decisions: (observed − expected agreement) / (1 − expected), the
 * expected one from each annotator's own rates. Null without decisions, or when both always
 * made the same single decision (kappa is undefined there: nothing to tell agreement from chance).
 */
export function cohensKappa(pairs: readonly (readonly [Decision, Decision])[]): number | null {
  if (pairs.length === 0) return null;
  let agree = 0;
  let acceptA = 0;
  let acceptB = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    if (a === 'accept') acceptA++;
    if (b === 'accept') acceptB++;
  }
  const n = pairs.length;
  const observed = agree / n;
  const expected = (acceptA / n) * (acceptB / n) + (1 - acceptA / n) * (1 - acceptB / n);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}
