/**
 * How a field pattern (rules/patterns.ts) is run over a text. JavaScript's regular expressions
 * backtrack, so a pattern from a schema file can take longer than any article is worth
 * (`(\S+\S?)+X`: 35 s on 24 characters, doubling with each one more). This side of the code has
 * no threads: the Node side installs a runner that matches in a thread of its own under a time
 * budget (electron/services/pattern-guard.ts); the default matches here, for the renderer and
 * tests of the rules.
 */

/** One match: the code-unit [start, end) of each named group that took part. */
export interface PatternMatch {
  groups: Record<string, [number, number] | undefined>;
}

/** The matches of `source` (flags `gdu`) over `text`, or 'timed-out' when it ran too long. */
export type PatternRunner = (source: string, text: string) => PatternMatch[] | 'timed-out';

export const PATTERN_FLAGS = 'gdu';

export const matchHere: PatternRunner = (source, text) =>
  [...text.matchAll(new RegExp(source, PATTERN_FLAGS))].map((m) => ({
    groups: { ...m.indices?.groups },
  }));

let runner: PatternRunner = matchHere;
const timedOut = new Set<string>();

/** The Node side's runner, used from now on in this thread. */
export function installPatternRunner(next: PatternRunner): void {
  runner = next;
}

/**
 * Runs a pattern. A pattern that once ran over its budget is not run again in this thread: an
 * import of 10,000 articles would otherwise wait out the budget 10,000 times.
 */
export function runPattern(source: string, text: string): PatternMatch[] {
  if (timedOut.has(source)) return [];
  const matches = runner(source, text);
  if (matches !== 'timed-out') return matches;
  timedOut.add(source);
  return [];
}

/** Did this pattern run over its budget in this thread (and so was skipped)? */
export function patternTimedOut(source: string): boolean {
  return timedOut.has(source);
}
